package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.evaluation.application.CentreReports;
import id.pendamping.evaluation.application.CohortSurveys;
import id.pendamping.evaluation.domain.SurveyQuestions;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.ClockProducer;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import id.pendamping.testing.WebSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohort report (PDF, spreadsheet) and the centre exports (CSV, spreadsheet) downloaded over
 * HTTP as their readers would: a cohort of two, one of whom took the pre-test (40) and the
 * post-test (80) and answered the reaction survey anonymously with a comment. The figures come out
 * right; the survey part never names the respondent, and the upward exports name no trainee at
 * all; a coordinator of another centre, a trainee and the wrong role are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CohortReportIT {

    private static final String DEMO_PASSWORD = "demo-pendamping";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CohortReportIT.class, Attempts.class, WebSession.class, WebSession.Page.class)
                // Reading the spreadsheets back happens in the server, with the reader and what it needs.
                .addAsLibraries(jarOf(ReadableWorkbook.class), jarOf(com.fasterxml.aalto.stax.InputFactoryImpl.class),
                        jarOf(org.codehaus.stax2.XMLStreamReader2.class),
                        jarOf(org.apache.commons.compress.archivers.zip.ZipFile.class),
                        jarOf(org.apache.commons.lang3.StringUtils.class));
    }

    @ArquillianResource
    URL application;

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    RecordedCompletion completion;

    @Inject
    CohortSurveys surveys;

    @Inject
    CentreReports centreReports;

    @Inject
    ClockProducer clocks;

    @Inject
    Attempts attempts;

    /** Records a graded pre-test, as the quiz would leave it. */
    @ApplicationScoped
    public static class Attempts {

        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        @Transactional
        public void preTest(Long enrolmentId, int percent) {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            em.createNativeQuery("insert into quiz_attempt (quiz_code, enrolment_id, account_id, number, status, "
                            + "started_at, deadline, closed_at, closed_by, points, max_points, percent, passed, "
                            + "essays_pending, version) values ('PDP-DASAR-PRE', ?1, ?2, 1, 'GRADED', ?3, ?3, ?3, 'TRAINEE', "
                            + "?4, 100, ?4, true, 0, 0)")
                    .setParameter(1, enrolmentId).setParameter(2, enrolment.getAccount().getId())
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, BigDecimal.valueOf(percent))
                    .executeUpdate();
        }

        @Transactional
        public String fullName(String username) {
            return em.createQuery("select a.fullName from Account a where a.username = :u", String.class)
                    .setParameter("u", username).getSingleResult();
        }

        @Transactional
        public String cohortName(Long cohortId) {
            return em.createQuery("select c.name from Cohort c where c.id = :id", String.class).setParameter("id", cohortId)
                    .getSingleResult();
        }

        @Transactional
        public Long centreOf(Long cohortId) {
            return em.createQuery("select c.trainingCenter.id from Cohort c where c.id = :id", Long.class)
                    .setParameter("id", cohortId).getSingleResult();
        }
    }

    @Test
    void theReportsCarryTheRightFiguresNameNoRespondentAndOnlyForTheCentre() throws Exception {
        List<TraineeFixture.Trainee> trainees = fixture.cohortOfTrainees("laporan", 3);
        TraineeFixture.Trainee respondent = trainees.get(0);
        TraineeFixture.Trainee other = trainees.get(1);
        Long cohortId = fixture.cohortOf(respondent.enrolmentId());
        String cohortName = attempts.cohortName(cohortId);
        String respondentName = attempts.fullName(respondent.username());
        String otherName = attempts.fullName(other.username());
        attempts.preTest(respondent.enrolmentId(), 40);
        completion.complete(respondent.username(), new BigDecimal("80"));
        String comment = "Sesi praktik lapangan sangat membantu " + System.nanoTime();
        // Three answers: below that, anonymous results are withheld altogether.
        answerSurvey(respondent, comment);
        answerSurvey(other, null);
        answerSurvey(trainees.get(2), null);

        WebSession coordinator = WebSession.signedIn(application, "koordinator", DEMO_PASSWORD);

        WebSession.Page pdf = coordinator.get("/manage/cohort-report.pdf?c=" + cohortId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("Laporan angkatan", cohortName, respondentName, otherName, comment);
        assertThat(lineOf(text, "Peserta terdaftar")).endsWith(" 3");
        assertThat(lineOf(text, "Selesai semua materi")).endsWith(" 1");
        assertThat(lineOf(text, "Tingkat kelulusan post-test (%)")).endsWith(" 100");
        assertThat(lineOf(text, "Rata-rata pre-test")).endsWith(" 40,0");
        assertThat(lineOf(text, "Rata-rata post-test")).endsWith(" 80,0");
        assertThat(lineOf(text, "Peningkatan rata-rata (poin)")).endsWith(" 40,0");
        assertThat(lineOf(text, "1 " + respondentName)).endsWith(" 100 40,0 80,0 40,0 Ya –");
        // Levels 3 and 4 have nothing yet: no follow-up wave has opened, no impact review recorded.
        assertThat(lineOf(text, "Survei 3 bulan pasca pelatihan: jawaban")).endsWith(" 0");
        assertThat(lineOf(text, "Survei 6 bulan pasca pelatihan: rata-rata")).endsWith(" –");
        assertThat(lineOf(text, "Tinjauan dampak terakhir")).endsWith(" –");
        String evaluation = text.substring(text.lastIndexOf("Evaluasi"));
        assertThat(evaluation).contains(comment, "Jawaban evaluasi penyelenggaraan: 3")
                .doesNotContain(respondentName, respondent.username() + "@", otherName);

        WebSession.Page xlsx = coordinator.get("/manage/cohort-report.xlsx?c=" + cohortId);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, List<List<String>>> sheets = sheets(xlsx.bytes());
        assertThat(sheets).containsOnlyKeys("Ringkasan", "Peserta", "Evaluasi");
        assertThat(valueOf(sheets.get("Ringkasan"), "Peserta terdaftar")).isEqualTo("3");
        assertThat(valueOf(sheets.get("Ringkasan"), "Survei 3 bulan pasca pelatihan: jawaban")).isEqualTo("0");
        assertThat(valueOf(sheets.get("Ringkasan"), "Lulus post-test (orang)")).isEqualTo("1");
        assertThat(valueOf(sheets.get("Ringkasan"), "Peningkatan rata-rata (poin)")).isEqualTo("40");
        assertThat(valueOf(sheets.get("Ringkasan"), "Jawaban evaluasi penyelenggaraan")).isEqualTo("3");
        assertThat(valueOf(sheets.get("Ringkasan"), "Rata-rata evaluasi penyelenggaraan (1 sampai 5)")).isEqualTo("4");
        List<List<String>> people = sheets.get("Peserta");
        List<String> header = people.get(0);
        List<String> line = people.stream().filter(r -> r.contains(respondentName)).findFirst().orElseThrow();
        assertThat(line.get(header.indexOf("Pre-test"))).isEqualTo("40");
        assertThat(line.get(header.indexOf("Post-test"))).isEqualTo("80");
        assertThat(line.get(header.indexOf("Peningkatan (poin)"))).isEqualTo("40");
        assertThat(line.get(header.indexOf("Lulus"))).isEqualTo("Ya");
        assertThat(line.get(header.indexOf("Kemajuan (%)"))).isEqualTo("100");
        assertThat(flat(sheets.get("Evaluasi"))).contains(comment)
                .doesNotContain(respondentName, respondent.username() + "@", otherName, other.username() + "@");

        WebSession.Page csv = coordinator.get("/manage/centre-report.csv");
        assertThat(csv.status()).isEqualTo(200);
        String csvLine = csv.body().lines().filter(l -> l.contains(cohortName)).findFirst().orElseThrow();
        // enrolled, complete, completion %, took, passed, pass rate, mean pre, mean post, gain, responses, mean, certificates
        assertThat(csvLine).endsWith(",3,1,33,1,1,100,40.0,80.0,40.0,3,4.00,0");
        assertThat(csv.body()).doesNotContain(respondentName, respondent.username() + "@", otherName, other.username() + "@",
                comment);
        Map<String, List<List<String>>> centreSheet = sheets(coordinator.get("/manage/centre-report.xlsx").bytes());
        List<List<String>> cohorts = centreSheet.get("Angkatan");
        List<String> row = cohorts.stream().filter(r -> r.contains(cohortName)).findFirst().orElseThrow();
        assertThat(row.get(cohorts.get(0).indexOf("Peserta terdaftar"))).isEqualTo("3");
        assertThat(row.get(cohorts.get(0).indexOf("Peningkatan rata-rata (poin)"))).isEqualTo("40");
        assertThat(flat(cohorts)).doesNotContain(respondentName, respondent.username() + "@", otherName, comment);
        assertThat(coordinator.get("/manage/centre-dashboard.xhtml").body()).contains(cohortName);

        Account elsewhere = fixture.coordinatorOfAnotherCentre("balai-laporan");
        WebSession otherCentre = WebSession.signedIn(application, elsewhere.getUsername(), TraineeFixture.PASSWORD);
        for (String url : List.of("/manage/cohort-report.pdf?c=" + cohortId, "/manage/cohort-report.xlsx?c=" + cohortId,
                "/admin/centres-report.csv", "/admin/centres-report.xlsx", "/admin/centre-dashboard.xhtml?centre="
                        + attempts.centreOf(cohortId))) {
            WebSession.Page refused = otherCentre.get(url);
            assertThat(refused.status()).as(url).isIn(403, 404);
            assertThat(refused.body()).as(url).doesNotContain(cohortName, respondentName);
        }
        for (String url : List.of("/manage/centre-report.csv", "/manage/centre-dashboard.xhtml")) {
            WebSession.Page own = otherCentre.get(url);
            assertThat(own.status()).as(url).isEqualTo(200);
            assertThat(own.body()).as("the other centre's own " + url).doesNotContain(cohortName);
        }
        assertThat(flat(sheets(otherCentre.get("/manage/centre-report.xlsx").bytes()).get("Angkatan")))
                .doesNotContain(cohortName);
        caller.authenticatedByToken(elsewhere);
        assertThatThrownBy(() -> centreReports.of(attempts.centreOf(cohortId))).isInstanceOf(AccessDenied.class);

        WebSession trainee = WebSession.signedIn(application, other.username(), TraineeFixture.PASSWORD);
        for (String url : List.of("/manage/cohort-report.pdf?c=" + cohortId, "/manage/cohort-report.xlsx?c=" + cohortId,
                "/manage/centre-report.csv", "/manage/centre-report.xlsx", "/manage/centre-dashboard.xhtml",
                "/admin/centres-report.csv")) {
            WebSession.Page refused = trainee.get(url);
            assertThat(refused.status()).as("a trainee: " + url).isIn(403, 404);
            assertThat(refused.body()).as(url).doesNotContain(cohortName, respondentName);
        }

        WebSession admin = WebSession.signedIn(application, "admin", DEMO_PASSWORD);
        assertThat(admin.get("/manage/cohort-report.pdf?c=" + cohortId).status()).as("not the admin's page").isEqualTo(403);
        WebSession.Page all = admin.get("/admin/centres-report.csv");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(cohortName).doesNotContain(respondentName, comment);
        assertThat(admin.get("/admin/centre-dashboard.xhtml?centre=" + attempts.centreOf(cohortId)).body())
                .contains(cohortName);
    }

    private void answerSurvey(TraineeFixture.Trainee trainee, String comment) {
        clocks.adjustable().advance(Duration.ofDays(25));
        try {
            caller.authenticatedByToken(fixture.account(trainee.username()));
            CohortSurveys.Form form = surveys.form(trainee.enrolmentId());
            Map<String, String> answers = new HashMap<>();
            for (SurveyQuestions.Question q : form.questions()) {
                if (q.type() == SurveyQuestions.Type.SCALE) {
                    answers.put(q.code(), "4");
                } else if (comment != null && !answers.containsValue(comment)) {
                    answers.put(q.code(), comment);
                }
            }
            surveys.answer(trainee.enrolmentId(), answers);
        } finally {
            clocks.adjustable().reset();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starting with " + start + " in:\n" + text)).strip();
    }

    /** Every sheet as rows of cell texts. */
    private static Map<String, List<List<String>>> sheets(byte[] xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getOptionalCell(i).map(c -> number(c.getText())).orElse(""));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** A number's text as a person reads it (40 for 40.0), so numbers compare whatever their scale. */
    private static String number(String text) {
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException notANumber) {
            return text == null ? "" : text;
        }
    }

    private static String valueOf(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> !r.isEmpty() && label.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows)).get(1);
    }

    private static String flat(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("|", r)).collect(Collectors.joining("\n"));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
