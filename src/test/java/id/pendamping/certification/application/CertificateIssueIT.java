package id.pendamping.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.AccessDenied;
import id.pendamping.testing.ApiClient;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import id.pendamping.testing.TraineeFixture.Trainee;
import id.pendamping.testing.Waiting;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuing certificates on the real server and database: a bulk job that crashes mid-run and is
 * restarted leaves exactly one certificate per eligible trainee with no gap in the numbering; the
 * services refuse a coordinator of another centre, another trainee and the wrong role whatever id
 * they send; the public API verifies a certificate by its code.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIssueIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CertificateIssueIT.class, ApiClient.class, ApiClient.Reply.class, Waiting.class);
    }

    @ArquillianResource
    URL application;

    @Inject
    TraineeFixture fixture;

    @Inject
    RecordedCompletion completion;

    @Inject
    Caller caller;

    @Inject
    BulkIssue bulkIssue;

    @Inject
    CohortCertificates cohortCertificates;

    @Inject
    MyCertificates myCertificates;

    @Inject
    Revocations revocations;

    @PersistenceContext
    EntityManager em;

    @Test
    void anInterruptedBulkIssueRestartedLeavesOneCertificatePerEligibleTraineeAndNoGap() throws Exception {
        List<Trainee> trainees = fixture.cohortOfTrainees("massal", 12);
        for (Trainee trainee : trainees.subList(0, 10)) {
            completion.complete(trainee.username(), new BigDecimal("90"));
        }
        completion.complete(trainees.get(10).username(), new BigDecimal("40"));
        Long cohort = fixture.cohortOf(trainees.get(0).enrolmentId());
        caller.authenticatedByToken(fixture.account("koordinator"));

        Properties crash = new Properties();
        crash.setProperty("chunkSize", "3");
        crash.setProperty("crashAfter", "7");
        assertThat(finished(bulkIssue.start(cohort, crash))).isEqualTo(BatchStatus.FAILED);
        assertThat(certificatesOf(trainees)).as("two chunks of three committed, the third rolled back").hasSize(6);

        assertThat(finished(bulkIssue.restart(cohort))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(finished(bulkIssue.start(cohort))).as("a further run finds nobody left").isEqualTo(BatchStatus.COMPLETED);

        List<Certificate> issued = certificatesOf(trainees);
        assertThat(issued).hasSize(10);
        assertThat(issued.stream().map(Certificate::getEnrolmentId).collect(Collectors.toSet()))
                .isEqualTo(trainees.subList(0, 10).stream().map(Trainee::enrolmentId).collect(Collectors.toSet()));
        List<Integer> sequence = issued.stream().map(c -> Integer.parseInt(c.getNumber().substring(0, 4))).sorted().toList();
        assertThat(sequence.get(9) - sequence.get(0)).as("ten consecutive numbers: " + sequence).isEqualTo(9);
        assertThat(Set.copyOf(sequence)).hasSize(10);
        assertThat(bulkIssue.progress(cohort).issued()).isEqualTo(10);
        assertThat(bulkIssue.progress(cohort).eligible()).isEqualTo(10);
    }

    @Test
    void servicesRefuseAnotherCentreAnotherTraineeAndTheWrongRole() {
        List<Trainee> trainees = fixture.cohortOfTrainees("batas", 2);
        completion.complete(trainees.get(0).username(), new BigDecimal("95"));
        Long cohort = fixture.cohortOf(trainees.get(0).enrolmentId());
        caller.authenticatedByToken(fixture.account(trainees.get(0).username()));
        Certificate certificate = myCertificates.claim(trainees.get(0).enrolmentId());
        assertThat(myCertificates.claim(trainees.get(0).enrolmentId()).getId()).as("claiming twice gives the same one")
                .isEqualTo(certificate.getId());

        caller.authenticatedByToken(fixture.account(trainees.get(1).username()));
        assertThatThrownBy(() -> myCertificates.document(certificate.getId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> myCertificates.claim(trainees.get(0).enrolmentId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortCertificates.overview(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> revocations.proposed()).isInstanceOf(AccessDenied.class);

        Account stranger = fixture.coordinatorOfAnotherCentre("lain");
        caller.authenticatedByToken(stranger);
        assertThatThrownBy(() -> cohortCertificates.overview(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortCertificates.document(certificate.getId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortCertificates.proposeRevocation(certificate.getId(), "Alasan yang cukup panjang"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortCertificates.correctName(certificate.getId(), "Nama Lain")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortCertificates.zip(cohort, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> bulkIssue.start(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> myCertificates.document(certificate.getId())).isInstanceOf(AccessDenied.class);

        caller.authenticatedByToken(fixture.account("koordinator"));
        cohortCertificates.proposeRevocation(certificate.getId(), "Alasan yang cukup panjang");
        assertThatThrownBy(() -> revocations.confirm(certificate.getId())).as("only an admin confirms")
                .isInstanceOf(AccessDenied.class);
        assertThat(em.find(Certificate.class, certificate.getId()).getStatus().name()).isEqualTo("ISSUED");
    }

    @Test
    void theBulkIssueApiServesOnlyTheCoordinatorsOwnCentre() {
        Trainee trainee = fixture.enrolledTrainee("apimassal");
        completion.complete(trainee.username(), new BigDecimal("90"));
        Long cohort = fixture.cohortOf(trainee.enrolmentId());
        String path = "cohorts/" + cohort + "/certificate-issue";
        Account stranger = fixture.coordinatorOfAnotherCentre("apilain");

        ApiClient other = ApiClient.signedIn(application, stranger.getUsername(), TraineeFixture.PASSWORD);
        assertThat(other.get(path).status()).isEqualTo(403);
        assertThat(other.post(path, Json.createObjectBuilder().build()).status()).isEqualTo(403);
        ApiClient itself = ApiClient.signedIn(application, trainee.username(), TraineeFixture.PASSWORD);
        assertThat(itself.post(path, Json.createObjectBuilder().build()).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(application).get(path).status()).isEqualTo(401);
        assertThat(certificatesOf(List.of(trainee))).isEmpty();

        ApiClient coordinator = ApiClient.signedIn(application, "koordinator", "demo-pendamping");
        assertThat(coordinator.post(path, Json.createObjectBuilder().build()).status()).isEqualTo(202);
        Waiting.until(() -> coordinator.get(path).object().getInt("issued") == 1);
        assertThat(coordinator.get(path).object().getInt("eligible")).isEqualTo(1);
        assertThat(certificatesOf(List.of(trainee))).hasSize(1);
    }

    @Test
    void theApiVerifiesByCodeWithoutSignIn() throws Exception {
        Trainee trainee = fixture.enrolledTrainee("api");
        completion.complete(trainee.username(), new BigDecimal("75"));
        caller.authenticatedByToken(fixture.account(trainee.username()));
        Certificate certificate = myCertificates.claim(trainee.enrolmentId());

        HttpResponse<String> found = get("api/certificates/" + certificate.getVerificationCode());
        assertThat(found.statusCode()).isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(found.body())).readObject();
        assertThat(body.getString("status")).isEqualTo("VALID");
        assertThat(body.getString("sha256")).isEqualTo(certificate.getSha256());
        assertThat(body.getJsonObject("printed").getString("number")).isEqualTo(certificate.getNumber());
        assertThat(body.getJsonObject("printed").getString("holderName")).isEqualTo(certificate.getHolderName());
        assertThat(body.getJsonObject("printed").getString("bandId")).isEqualTo("Baik");
        assertThat(body.getJsonObject("printed").getJsonArray("lines")).isNotEmpty();

        HttpResponse<String> unknown = get("api/certificates/" + "a".repeat(26));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(application.toString() + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Certificate> certificatesOf(List<Trainee> trainees) {
        return em.createQuery("select c from Certificate c where c.enrolmentId in :ids", Certificate.class)
                .setParameter("ids", trainees.stream().map(Trainee::enrolmentId).toList()).getResultList();
    }

    private static BatchStatus finished(long execution) {
        Waiting.until(() -> !Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING)
                .contains(BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus()));
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
    }
}
