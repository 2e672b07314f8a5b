package id.pendamping.certification.application;

import id.pendamping.certification.application.TrainingCompletion.Completion;
import id.pendamping.certification.application.TrainingCompletion.Standing;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateDocument;
import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.certification.domain.CertificateNumberFormat;
import id.pendamping.certification.domain.CertificateSettings;
import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.domain.ResultBands;
import id.pendamping.certification.domain.VerificationCode;
import id.pendamping.certification.infrastructure.CertificateDocuments;
import id.pendamping.certification.infrastructure.PadesSigner;
import id.pendamping.certification.infrastructure.SigningKeys;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.Hashes;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.InvalidInput;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateMail mail;

    @Inject
    CertificateNumbering numbering;

    @Inject
    SigningKeys keys;

    @Inject
    CertificationBody certificationBody;

    @Inject
    CertificateLogos logos;

    @Inject
    Clock clock;

    private final CertificateDocuments documents = new CertificateDocuments();

    /** Rendering and signing is CPU work: one thread per core, so a bulk issue uses the machine and no more. */
    private final ExecutorService drawing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread thread = new Thread(r, "certificate-drawing");
        thread.setDaemon(true);
        return thread;
    });

    /** Refuses, with a message for people, when the platform has no signing key to issue with. */
    public void requireSigningKey() {
        if (!keys.isReady()) {
            throw new InvalidInput("certificate", "certificate.signing.unavailable");
        }
    }

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

    /** Issues one training certificate, or returns the enrolment's current one. */
    @Transactional(TxType.MANDATORY)
    public Certificate issueTraining(Completion completion, Standing standing, String issuedBy) {
        return issueTraining(completion, List.of(standing), issuedBy).get(0);
    }

    /**
     * Issues the training certificates of several trainees of one cohort in the caller's transaction
     * (a chunk of the bulk job): numbers are taken in order under the counter's lock, the documents
     * are drawn and signed in parallel, one per core, and then stored. Returns, for each standing in
     * order, its certificate, new or already current.
     */
    @Transactional(TxType.MANDATORY)
    public List<Certificate> issueTraining(Completion completion, List<Standing> standings, String issuedBy) {
        Certificate[] issued = new Certificate[standings.size()];
        if (standings.isEmpty()) {
            return List.of();
        }
        List<Long> enrolmentIds = standings.stream().map(st -> st.enrolment().getId()).toList();
        // Two issues for one enrolment at once (a double click, a trainee and a batch job) queue on
        // these row locks; the second then finds the first one's certificate and returns it.
        em.createNativeQuery("select id from enrolment where id in (?1) for update").setParameter(1, enrolmentIds)
                .getResultList();
        Map<Long, Certificate> existing = em.createQuery("select c from Certificate c where c.currentForEnrolment in :ids",
                        Certificate.class).setParameter("ids", enrolmentIds).getResultStream()
                .collect(Collectors.toMap(Certificate::getEnrolmentId, Function.identity()));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            if (existing.containsKey(standing.enrolment().getId())) {
                issued[i] = existing.get(standing.enrolment().getId());
            } else if (!standing.eligible()) {
                throw new IllegalStateException("enrolment " + standing.enrolment().getId() + " has not completed");
            } else {
                positions.add(i);
            }
        }
        List<Pending> pending = new ArrayList<>();
        if (!positions.isEmpty()) {
            TrainingCenter centre = completion.cohort().getTrainingCenter();
            CertificateSettings settings = numbering.settings(centre.getId());
            LocalDate today = Calendars.today(clock);
            int first = numbering.next(centre.getId(), today.getYear(), positions.size());
            CertificateNumberFormat format = CertificateNumberFormat.of(settings.getNumberFormat());
            for (int p = 0; p < positions.size(); p++) {
                pending.add(decide(completion, standings.get(positions.get(p)), settings, today,
                        format.number(first + p, centre.getCode(), today), issuedBy));
            }
        }
        // Each document is stored as soon as it is drawn, while the next ones are still being drawn.
        List<Future<byte[]>> drawn = draw(pending);
        for (int p = 0; p < pending.size(); p++) {
            issued[positions.get(p)] = store(pending.get(p), result(drawn.get(p)));
        }
        return List.of(issued);
    }

    /** Everything printed on a training certificate, with its number taken. */
    private Pending decide(Completion completion, Standing standing, CertificateSettings settings, LocalDate today,
                           String number, String issuedBy) {
        Enrolment enrolment = standing.enrolment();
        Cohort cohort = completion.cohort();
        TrainingCenter centre = cohort.getTrainingCenter();
        String code = VerificationCode.next();
        BigDecimal grade = standing.grade();
        ResultBands.Band band = grade == null ? null : ResultBands.parse(settings.getResultBands()).of(grade);
        // The JP a centre planned for a module of its programme is what its certificates print.
        Programme programme = cohort.getProgramme();
        Map<String, BigDecimal> jp = new LinkedHashMap<>();
        completion.outline().keySet().forEach(m -> jp.put(m.getKey(),
                programme.plannedJp(m.getKey()).orElse(standing.progress().module(m.getKey()).jp())));
        List<PrintedCertificate.Line> modules = completion.outline().keySet().stream()
                .map(m -> new PrintedCertificate.Line(m.getKey(), m.title(Locale.forLanguageTag("id")),
                        m.title(Locale.ENGLISH), PrintedCertificate.jp(jp.get(m.getKey()))))
                .toList();
        PrintedCertificate printed = new PrintedCertificate(CertificateKind.TRAINING, centre.getName(), centre.getCity(),
                number, enrolment.getAccount().getFullName(), cohort.getProgramme().title(Locale.forLanguageTag("id")),
                cohort.getProgramme().title(Locale.ENGLISH), cohort.getStartsOn(), cohort.getEndsOn(), cohort.getPlace(),
                jp.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), grade, band == null ? null : band.indonesian(),
                band == null ? null : band.english(), today, null, settings.getSignatoryName(),
                settings.getSignatoryTitleId(), settings.getSignatoryTitleEn(), verificationUrl(code), modules, null,
                settings.isPrintIdentityNumber() ? enrolment.getAccount().getIdentityNumber() : null);
        return Pending.training(printed, code, centre, enrolment.getAccount().getId(), enrolment.getId(), issuedBy);
    }

    /**
     * Issues the certificate of competence of a candidate decided competent, in the decision's
     * transaction, or returns the one already current for the assessment. Everything said about the
     * body (name, title, statement, signatory, number format) comes from its configuration.
     */
    @Transactional(TxType.MANDATORY)
    public Certificate issueCompetence(CompetenceAward award, CertificationBody.Details body, String issuedBy) {
        em.createNativeQuery("select id from competence_assessment where id = ?1 for update").setParameter(1, award.assessmentId())
                .getResultList();
        Optional<Certificate> existing = em.createQuery("select c from Certificate c where c.currentForAssessment = :a",
                Certificate.class).setParameter("a", award.assessmentId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        TrainingCenter centre = em.find(TrainingCenter.class, award.trainingCenterId());
        LocalDate on = award.decidedOn();
        String number = CertificateNumberFormat.of(body.numberFormat())
                .number(numbering.next(centre.getId(), on.getYear(), 1), centre.getCode(), on);
        String code = VerificationCode.next();
        PrintedCertificate printed = new PrintedCertificate(CertificateKind.COMPETENCE, body.name(), body.city(), number,
                award.holderName(), award.schemeTitleId(), award.schemeTitleEn(), null, null, null, null, null, null, null,
                on, on.plusYears(award.validityYears()).minusDays(1), body.signatoryName(), body.signatoryTitleId(),
                body.signatoryTitleEn(), verificationUrl(code), award.units(),
                new PrintedCertificate.Wording(body.titleId(), body.titleEn(), body.statementId(), body.statementEn()),
                award.holderIdentityNumber());
        Pending pending = new Pending(printed, code, centre, award.accountId(), award.enrolmentId(), award.assessmentId(),
                body.code(), body.name(), body.city(), issuedBy);
        return store(pending, result(draw(List.of(pending)).get(0)));
    }

    /** What a competence decision gives a certificate: the holder, the scheme with its validity, and the units judged K. */
    public record CompetenceAward(Long assessmentId, Long accountId, Long enrolmentId, Long trainingCenterId,
                                  String holderName, String schemeTitleId, String schemeTitleEn, int validityYears,
                                  LocalDate decidedOn, List<PrintedCertificate.Line> units, String holderIdentityNumber) {
    }

    /**
     * A correction: a new certificate with the corrected name replaces the old one, which then
     * points to it. Everything else printed stays as it was; the new one has its own number and date.
     */
    @Transactional(TxType.MANDATORY)
    public Certificate supersede(Certificate old, TrainingCenter centre, String correctedName, String by) {
        old.makeWayForCorrection();
        em.flush();
        LocalDate today = Calendars.today(clock);
        String code = VerificationCode.next();
        Pending pending;
        if (old.getAssessmentId() == null) {
            String number = nextNumber(centre, numbering.settings(centre.getId()), today);
            pending = Pending.training(old.printed().reissued(number, correctedName, today, verificationUrl(code)), code,
                    centre, old.getAccountId(), old.getEnrolmentId(), by);
        } else {
            CertificationBody.Details body = certificationBody.details()
                    .orElseThrow(() -> new InvalidInput("certificate", "certificate.body.unavailable"));
            String number = CertificateNumberFormat.of(body.numberFormat())
                    .number(numbering.next(centre.getId(), today.getYear(), 1), centre.getCode(), today);
            pending = new Pending(old.printed().reissued(number, correctedName, today, verificationUrl(code)), code, centre,
                    old.getAccountId(), old.getEnrolmentId(), old.getAssessmentId(), body.code(), body.name(), body.city(), by);
        }
        Certificate successor = store(pending, result(draw(List.of(pending)).get(0)));
        old.supersededBy(successor);
        return successor;
    }

    private String nextNumber(TrainingCenter centre, CertificateSettings settings, LocalDate today) {
        return CertificateNumberFormat.of(settings.getNumberFormat())
                .number(numbering.next(centre.getId(), today.getYear(), 1), centre.getCode(), today);
    }

    /** A certificate decided and numbered, not yet drawn; signed under the key and name of its issuer. */
    private record Pending(PrintedCertificate printed, String code, TrainingCenter centre, Long accountId,
                           Long enrolmentId, Long assessmentId, String keyAlias, String signerName, String signerCity,
                           String issuedBy) {

        static Pending training(PrintedCertificate printed, String code, TrainingCenter centre, Long accountId,
                                Long enrolmentId, String issuedBy) {
            return new Pending(printed, code, centre, accountId, enrolmentId, null, centre.getCode(), centre.getName(),
                    centre.getCity(), issuedBy);
        }
    }

    /** Starts rendering and signing the documents, one per core; pure computation, no database. */
    private List<Future<byte[]>> draw(List<Pending> pending) {
        Instant at = clock.instant();
        // Read once per chunk: every certificate of a centre carries the same logo. A certification
        // body's certificate of competence carries none of the centre's.
        Map<Long, Optional<CertificateLogo>> logo = new HashMap<>();
        pending.stream().filter(p -> p.assessmentId() == null)
                .forEach(p -> logo.computeIfAbsent(p.centre().getId(), logos::of));
        return pending.stream().map(p -> drawing.submit(() -> documents.signed(p.printed(),
                p.assessmentId() == null ? logo.get(p.centre().getId()).orElse(null) : null,
                keys.forCentre(p.keyAlias()), new PadesSigner.Signer(p.signerName(), p.signerCity(),
                        (p.printed().kind() == CertificateKind.TRAINING ? "Sertifikat pelatihan " : "Sertifikat kompetensi ")
                                + p.printed().number()), at))).toList();
    }

    private static byte[] result(Future<byte[]> document) {
        try {
            return document.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot draw a certificate", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing certificates", e);
        }
    }

    private Certificate store(Pending p, byte[] signed) {
        Certificate certificate = p.assessmentId() == null
                ? new Certificate(p.printed(), p.code(), p.centre().getId(), p.accountId(), p.enrolmentId(),
                        Hashes.sha256(signed), clock.instant(), p.issuedBy())
                : Certificate.competence(p.printed(), p.code(), p.centre().getId(), p.accountId(), p.enrolmentId(),
                        p.assessmentId(), Hashes.sha256(signed), clock.instant(), p.issuedBy());
        em.persist(certificate); // an identity key: inserted now, so its id is known
        em.persist(new CertificateDocument(certificate.getId(), signed));
        mail.issued(certificate);
        return certificate;
    }

    @PreDestroy
    void stopDrawing() {
        drawing.shutdownNow();
    }

    public static String verificationUrl(String code) {
        return publicUrl() + "/verify/" + code;
    }

    /** The address the public reaches the platform at, printed in every QR code. */
    public static String publicUrl() {
        return PublicUrl.base();
    }

}
