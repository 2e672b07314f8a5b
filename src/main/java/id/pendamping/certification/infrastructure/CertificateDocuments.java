package id.pendamping.certification.infrastructure;

import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.certification.domain.PrintedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The document of record: a certificate drawn as PDF/A and signed with PAdES as it is written, once. */
public final class CertificateDocuments {

    private final CertificateRenderer renderer = new CertificateRenderer();
    private final PadesSigner signer = new PadesSigner();

    public byte[] signed(PrintedCertificate printed, SigningKey key, PadesSigner.Signer who, Instant at) {
        return signed(printed, null, key, who, at);
    }

    public byte[] signed(PrintedCertificate printed, CertificateLogo logo, SigningKey key, PadesSigner.Signer who,
                         Instant at) {
        try (PDDocument doc = new PDDocument()) {
            renderer.draw(printed, logo, doc);
            return signer.signAndSave(doc, key, who, at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
