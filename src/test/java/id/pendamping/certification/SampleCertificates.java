package id.pendamping.certification;

import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.certification.domain.PrintedCertificate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Certificates with every field printed, for the document tests. */
public final class SampleCertificates {

    private SampleCertificates() {
    }

    public static PrintedCertificate training(String holderName) {
        return new PrintedCertificate(CertificateKind.TRAINING,
                "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Jakarta", "Jakarta",
                "0007/BBPPKS-JKT/PLT/XI/2026", holderName, "Pelatihan Dasar Pendampingan",
                "Basic Mentoring Training", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20), "Jakarta",
                new BigDecimal("32.5"), new BigDecimal("86.25"), "Memuaskan", "Very good", LocalDate.of(2026, 11, 22),
                null, "Dra. Siti Rahmawati, M.Si.", "Kepala Balai Besar", "Head of the Training Centre",
                "http://localhost:8080/verify/abcdefghijklmnopqrstuvwxyz",
                List.of(new PrintedCertificate.Line("m01-konsep-pendampingan", "Konsep Pendampingan",
                                "The concept of mentoring", "6"),
                        new PrintedCertificate.Line("m02-prinsip-pendekatan", "Prinsip dan Pendekatan Pendampingan",
                                "Principles and approaches of mentoring", "6,5")), null, null);
    }

    /** A certificate of competence with the wording of a certification body and an expiry. */
    public static PrintedCertificate competence(String holderName) {
        return new PrintedCertificate(CertificateKind.COMPETENCE, "LSP Pendamping Sosial (DEMO)", "Jakarta",
                "00012/BBPPKS-JKT/KOMP/2026", holderName, "Skema Sertifikasi Pendamping Sosial",
                "Certification Scheme for Social Mentors", null, null, null, null, null, null, null,
                LocalDate.of(2026, 11, 22), LocalDate.of(2029, 11, 21), "Ketua LSP Demo", "Ketua Lembaga Sertifikasi Profesi",
                "Chair of the Professional Certification Body", "http://localhost:8080/verify/bcdefghijklmnopqrstuvwxyza",
                List.of(new PrintedCertificate.Line("PDP.SOS.01.001.01", "Menerapkan Konsep dan Tujuan Pendampingan",
                                "Apply the Concept and Goals of Mentoring", "Kompeten (K)"),
                        new PrintedCertificate.Line("PDP.SOS.01.002.01", "Menerapkan Prinsip dan Pendekatan Pendampingan Sosial",
                                "Apply the Principles and Approaches of Social Mentoring", "Kompeten (K)")),
                new PrintedCertificate.Wording("SERTIFIKAT KOMPETENSI (CONTOH)", "Certificate of Competence (sample)",
                        "yang telah dinyatakan kompeten pada skema", "who has been assessed competent on the scheme"),
                "3171014506900001");
    }
}
