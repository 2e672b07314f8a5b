package id.pendamping.certification.application;

import id.pendamping.certification.application.TrainingCompletion.Completion;
import id.pendamping.certification.application.TrainingCompletion.Standing;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateDocument;
import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.certification.domain.CertificateNumberFormat;
import id.pendamping.certification.domain.CertificateSettings;
import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.domain.ResultBands;
import id.pendamping.certification.domain.VerificationCode;
import id.pendamping.certification.infrastructure.CertificateRenderer;
import id.pendamping.certification.infrastructure.PadesSigner;
import id.pendamping.certification.infrastructure.SigningKeys;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues a certificate of record: takes the next number, fixes every printed field, renders the
 * PDF/A once, signs it with the centre's key and stores the bytes with their SHA-256, all in the
 * caller's transaction, so a failure anywhere leaves no certificate and no used number. Issuing for
 * an enrolment that already has its certificate returns that one: a double click or a re-run job
 * never makes a second.
 */
@ApplicationScoped
public class CertificateIssuer {

    /** Certificates are dated in Indonesian western time, where the training centres are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateNumbering numbering;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    private final CertificateRenderer renderer = new CertificateRenderer();
    private final PadesSigner signer = new PadesSigner();

    /** The current certificate of each enrolment of a cohort that has one. */
    public Map<Long, Certificate> currentIn(Long cohortId) {
        return em.createQuery("select c from Certificate c, Enrolment e where c.currentForEnrolment = e.id "
                        + "and e.cohort.id = :cohort", Certificate.class)
                .setParameter("cohort", cohortId).getResultStream()
                .collect(Collectors.toMap(Certificate::getEnrolmentId, Function.identity()));
    }

    public Optional<Certificate> current(Long enrolmentId) {
        return em.createQuery("select c from Certificate c where c.currentForEnrolment = :e", Certificate.class)
                .setParameter("e", enrolmentId).getResultStream().findFirst();
    }

    @Transactional(TxType.MANDATORY)
    public Certificate issueTraining(Completion completion, Standing standing, String issuedBy) {
        Enrolment enrolment = standing.enrolment();
        // Two issues for one enrolment at once (a double click, a trainee and a batch job) queue here;
        // the second then finds the first one's certificate and returns it.
        em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
        Optional<Certificate> existing = current(enrolment.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!standing.eligible()) {
            throw new IllegalStateException("enrolment " + enrolment.getId() + " has not completed its programme");
        }
        Cohort cohort = completion.cohort();
        TrainingCenter centre = cohort.getTrainingCenter();
        CertificateSettings settings = numbering.settings(centre.getId());
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        String number = nextNumber(centre, settings, today);
        String code = VerificationCode.next();
        BigDecimal grade = standing.grade();
        ResultBands.Band band = grade == null ? null : ResultBands.parse(settings.getResultBands()).of(grade);
        List<PrintedCertificate.Line> modules = completion.outline().keySet().stream()
                .map(m -> new PrintedCertificate.Line(m.getKey(), m.title(Locale.forLanguageTag("id")),
                        m.title(Locale.ENGLISH), PrintedCertificate.jp(standing.progress().module(m.getKey()).jp())))
                .toList();
        PrintedCertificate printed = new PrintedCertificate(CertificateKind.TRAINING, centre.getName(), centre.getCity(),
                number, enrolment.getAccount().getFullName(), cohort.getProgramme().title(Locale.forLanguageTag("id")),
                cohort.getProgramme().title(Locale.ENGLISH), cohort.getStartsOn(), cohort.getEndsOn(), cohort.getPlace(),
                standing.progress().jp(), grade, band == null ? null : band.indonesian(),
                band == null ? null : band.english(), today, null, settings.getSignatoryName(),
                settings.getSignatoryTitleId(), settings.getSignatoryTitleEn(), verificationUrl(code), modules);
        return store(printed, code, centre, enrolment.getAccount().getId(), enrolment.getId(), issuedBy);
    }

    /**
     * A correction: a new certificate with the corrected name replaces the old one, which then
     * points to it. Everything else printed stays as it was; the new one has its own number and date.
     */
    @Transactional(TxType.MANDATORY)
    public Certificate supersede(Certificate old, TrainingCenter centre, String correctedName, String by) {
        old.makeWayForCorrection();
        em.flush();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        String number = nextNumber(centre, numbering.settings(centre.getId()), today);
        String code = VerificationCode.next();
        PrintedCertificate printed = old.printed().reissued(number, correctedName, today, verificationUrl(code));
        Certificate successor = store(printed, code, centre, old.getAccountId(), old.getEnrolmentId(), by);
        old.supersededBy(successor);
        return successor;
    }

    private String nextNumber(TrainingCenter centre, CertificateSettings settings, LocalDate today) {
        return CertificateNumberFormat.of(settings.getNumberFormat())
                .number(numbering.next(centre.getId(), today.getYear()), centre.getCode(), today);
    }

    private Certificate store(PrintedCertificate printed, String code, TrainingCenter centre, Long accountId,
                              Long enrolmentId, String issuedBy) {
        byte[] pdf = renderer.render(printed);
        byte[] signed = signer.sign(pdf, keys.forCentre(centre.getCode()),
                new PadesSigner.Signer(centre.getName(), centre.getCity(),
                        (printed.kind() == CertificateKind.TRAINING ? "Sertifikat pelatihan " : "Sertifikat kompetensi ")
                                + printed.number()), clock.instant());
        Certificate certificate = new Certificate(printed, code, centre.getId(), accountId, enrolmentId,
                Hashes.sha256(signed), clock.instant(), issuedBy);
        em.persist(certificate);
        em.flush();
        em.persist(new CertificateDocument(certificate.getId(), signed));
        return certificate;
    }

    public static String verificationUrl(String code) {
        return publicUrl() + "/verify/" + code;
    }

    /** The address the public reaches the platform at, printed in every QR code. */
    public static String publicUrl() {
        return System.getProperty("pendamping.public-url", "http://localhost:8080").replaceAll("/+$", "");
    }

}
