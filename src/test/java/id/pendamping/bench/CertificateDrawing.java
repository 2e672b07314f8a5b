package id.pendamping.bench;

import id.pendamping.certification.SampleCertificates;
import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.infrastructure.CertificateDocuments;
import id.pendamping.certification.infrastructure.PadesSigner;
import id.pendamping.certification.infrastructure.SigningKey;
import id.pendamping.certification.infrastructure.SigningKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The CPU cost of one certificate document without server or database: drawn as PDF/A and signed
 * as it is written, timed on one thread after a warm-up. Arguments: how many (default 500) and,
 * optionally, a file to write one signed certificate to, to look at.
 */
public final class CertificateDrawing {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        SigningKey key = SigningKeys.demoKey("CN=Bench, O=Akademi Pendamping, C=ID");
        CertificateDocuments documents = new CertificateDocuments();
        PrintedCertificate printed = SampleCertificates.training("Rina Kartika Sari");
        PadesSigner.Signer who = new PadesSigner.Signer("Balai", "Jakarta", "Sertifikat pelatihan");
        for (int i = 0; i < count / 2; i++) {
            documents.signed(printed, key, who, Instant.now());
        }
        int size = 0;
        long began = System.nanoTime();
        for (int i = 0; i < count; i++) {
            size = documents.signed(printed, key, who, Instant.now()).length;
        }
        long elapsed = System.nanoTime() - began;
        if (args.length > 1) {
            Files.write(Path.of(args[1]), documents.signed(printed, key, who, Instant.now()));
        }
        System.out.printf("drawn and signed: %.2f ms per certificate on one thread, %.0f per second per core; %d bytes%n",
                elapsed / 1e6 / count, count * 1e9 / elapsed, size);
    }
}
