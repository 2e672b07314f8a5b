package id.pendamping.certification;

import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.certification.domain.PrintedCertificate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A training certificate with every field printed, for the document tests. */
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
                                "Principles and approaches of mentoring", "6,5")));
    }
}
