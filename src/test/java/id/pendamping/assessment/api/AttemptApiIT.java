package id.pendamping.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.platform.ClockProducer;
import id.pendamping.testing.ApiClient;
import id.pendamping.testing.ApiClient.Reply;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import id.pendamping.testing.TraineeFixture.Trainee;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attempts API over real HTTP against the running server and its database: races between
 * starts and between submits, answers after the deadline, the server closing attempts on its own,
 * idempotent saves, and callers who may not touch an attempt. Runs inside the server so it can
 * create its own trainees and move the server's clock; every request still goes through HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptApiIT {

    private static final String PRE_TEST = "PDP-DASAR-PRE";
    private static final String POST_TEST = "PDP-DASAR-POST";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(AttemptApiIT.class, ApiClient.class, ApiClient.Reply.class, GradedEvents.class);
    }

    @ArquillianResource
    URL application;

    @Inject
    TraineeFixture fixture;

    @Inject
    GradedEvents gradedEvents;

    @Inject
    ClockProducer clocks;

    @Test
    void concurrentStartsOpenOneAttemptAndNeverPassTheLimit() throws Exception {
        Trainee trainee = fixture.enrolledTrainee("mulai");
        fixture.studyEverything(trainee.enrolmentId());
        ApiClient api = ApiClient.signedIn(application, trainee.username(), TraineeFixture.PASSWORD);
        JsonObject start = start(trainee, POST_TEST);

        for (int round = 1; round <= 2; round++) {
            List<Reply> replies = all(8, () -> api.post("attempts", start));
            assertThat(replies).extracting(Reply::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(replies).extracting(r -> r.object().getJsonNumber("id").longValue()).containsOnly(
                    replies.get(0).object().getJsonNumber("id").longValue());
            long attempt = replies.get(0).object().getJsonNumber("id").longValue();
            assertThat(replies.get(0).object().getInt("number")).isEqualTo(round);
            assertThat(api.post("attempts/" + attempt + "/submission", Json.createObjectBuilder().build()).status()).isEqualTo(200);
        }
        List<Reply> beyond = all(8, () -> api.post("attempts", start));
        assertThat(beyond).extracting(Reply::status).containsOnly(409);
        assertThat(beyond.get(0).object().getString("type")).endsWith("no-attempts-left");
        assertThat(fixture.attemptsOf(trainee.enrolmentId(), POST_TEST)).isEqualTo(2);
    }

    @Test
    void twoSubmitsAtOnceGradeTheAttemptOnce() throws Exception {
        Trainee trainee = fixture.enrolledTrainee("kumpul");
        ApiClient api = ApiClient.signedIn(application, trainee.username(), TraineeFixture.PASSWORD);
        JsonObject attempt = startAndOpen(api, trainee, PRE_TEST);
        long id = attempt.getJsonNumber("id").longValue();
        answerFirstItem(api, attempt, 1);
        Reply again = api.post("attempts", start(trainee, PRE_TEST));
        assertThat(again.status()).as("a second start resumes the attempt with its answer").isEqualTo(200);
        assertThat(again.object().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(again.object().getJsonObject("answers").keySet()).containsExactly("0");

        List<Reply> replies = all(2, () -> api.post("attempts/" + id + "/submission", Json.createObjectBuilder().build()));

        assertThat(replies).extracting(Reply::status).containsOnly(200);
        assertThat(replies).extracting(r -> r.object().getString("status")).containsOnly("GRADED");
        assertThat(gradedEvents.timesGraded(id)).isEqualTo(1);
        assertThat(replies.get(0).object().getJsonObject("answers").keySet()).containsExactly("0");
    }

    @Test
    void aResentOrOlderAnswerNeverOverwritesANewerOne() {
        Trainee trainee = fixture.enrolledTrainee("ulang");
        ApiClient api = ApiClient.signedIn(application, trainee.username(), TraineeFixture.PASSWORD);
        JsonObject attempt = startAndOpen(api, trainee, PRE_TEST);
        long id = attempt.getJsonNumber("id").longValue();
        JsonObject item = attempt.getJsonArray("items").getJsonObject(0);

        assertThat(save(api, id, item, 20, true).getBoolean("applied")).isTrue();
        assertThat(save(api, id, item, 20, true).getBoolean("applied")).isFalse();
        JsonObject older = save(api, id, item, 10, false);

        assertThat(older.getBoolean("applied")).isFalse();
        assertThat(older.getJsonNumber("sequence").longValue()).isEqualTo(20);
        JsonObject stored = api.get("attempts/" + id).object().getJsonObject("answers").getJsonObject("0");
        assertThat(stored.getJsonNumber("sequence").longValue()).isEqualTo(20);
    }

    @Test
    void answersAfterTheDeadlineAreRefusedAndTheServerClosesAttemptsItself() throws Exception {
        Trainee late = fixture.enrolledTrainee("telat");
        Trainee away = fixture.enrolledTrainee("pergi");
        ApiClient lateApi = ApiClient.signedIn(application, late.username(), TraineeFixture.PASSWORD);
        ApiClient awayApi = ApiClient.signedIn(application, away.username(), TraineeFixture.PASSWORD);
        JsonObject lateAttempt = startAndOpen(lateApi, late, PRE_TEST);
        JsonObject awayAttempt = startAndOpen(awayApi, away, PRE_TEST);
        answerFirstItem(awayApi, awayAttempt, 1);
        long awayId = awayAttempt.getJsonNumber("id").longValue();
        try {
            clocks.adjustable().advance(Duration.ofMinutes(31));

            Reply tooLate = lateApi.put("attempts/" + lateAttempt.getJsonNumber("id") + "/answers/0", answer(
                    lateAttempt.getJsonArray("items").getJsonObject(0), 1));
            assertThat(tooLate.status()).isEqualTo(409);
            assertThat(tooLate.object().getString("type")).endsWith("time-up");

            QuizAttempt closed = waitUntilGraded(awayId);
            assertThat(closed.getClosedBy()).isEqualTo(QuizAttempt.ClosedBy.DEADLINE);
            assertThat(gradedEvents.timesGraded(awayId)).isEqualTo(1);
        } finally {
            clocks.adjustable().reset();
        }
        JsonObject graded = awayApi.get("attempts/" + awayId).object();
        assertThat(graded.getJsonObject("answers").keySet()).containsExactly("0");
        assertThat(graded.getJsonObject("result").getString("closedBy")).isEqualTo("DEADLINE");
    }

    @Test
    void extraTimeLengthensTheAttemptWhetherItWasDrawnAheadOrNot() {
        Trainee listedFirst = fixture.enrolledTrainee("tambah");
        Trainee startedAtOnce = fixture.enrolledTrainee("tambah-langsung");
        Trainee withoutExtra = fixture.enrolledTrainee("biasa");
        fixture.grantExtraTime(listedFirst.enrolmentId(), PRE_TEST, Duration.ofMinutes(15));
        fixture.grantExtraTime(startedAtOnce.enrolmentId(), PRE_TEST, Duration.ofMinutes(15));
        ApiClient listing = ApiClient.signedIn(application, listedFirst.username(), TraineeFixture.PASSWORD);
        // Listing the quizzes draws the attempt ahead; the start then only starts it.
        assertThat(listing.get("enrolments/" + listedFirst.enrolmentId() + "/quizzes").status()).isEqualTo(200);
        assertThat(fixture.attemptsOf(listedFirst.enrolmentId(), PRE_TEST)).isEqualTo(1);

        assertThat(timeGiven(startAndOpen(listing, listedFirst, PRE_TEST))).isEqualTo(Duration.ofMinutes(45));
        assertThat(timeGiven(startAndOpen(ApiClient.signedIn(application, startedAtOnce.username(), TraineeFixture.PASSWORD),
                startedAtOnce, PRE_TEST))).isEqualTo(Duration.ofMinutes(45));
        assertThat(timeGiven(startAndOpen(ApiClient.signedIn(application, withoutExtra.username(), TraineeFixture.PASSWORD),
                withoutExtra, PRE_TEST))).isEqualTo(Duration.ofMinutes(30));
    }

    private static Duration timeGiven(JsonObject attempt) {
        return Duration.between(java.time.Instant.parse(attempt.getString("startedAt")),
                java.time.Instant.parse(attempt.getString("deadline")));
    }

    @Test
    void nobodyButTheTraineeTouchesTheAttempt() {
        Trainee owner = fixture.enrolledTrainee("pemilik");
        Trainee other = fixture.enrolledTrainee("lain");
        ApiClient ownerApi = ApiClient.signedIn(application, owner.username(), TraineeFixture.PASSWORD);
        ApiClient otherApi = ApiClient.signedIn(application, other.username(), TraineeFixture.PASSWORD);
        ApiClient coordinator = ApiClient.signedIn(application, "koordinator", "demo-pendamping");
        JsonObject attempt = startAndOpen(ownerApi, owner, PRE_TEST);
        long id = attempt.getJsonNumber("id").longValue();
        JsonObject answer = answer(attempt.getJsonArray("items").getJsonObject(0), 1);

        assertThat(ApiClient.anonymous(application).get("attempts/" + id).status()).isEqualTo(401);
        assertThat(otherApi.get("attempts/" + id).status()).isEqualTo(404);
        assertThat(otherApi.put("attempts/" + id + "/answers/0", answer).status()).isEqualTo(404);
        assertThat(otherApi.post("attempts", start(owner, PRE_TEST)).status()).isEqualTo(403);
        assertThat(coordinator.get("attempts/" + id).status()).isEqualTo(403);
        assertThat(coordinator.post("attempts", start(owner, PRE_TEST)).status()).isEqualTo(403);
        assertThat(ownerApi.get("attempts/" + id).object().getJsonObject("answers").keySet()).isEmpty();
    }

    @Test
    void anAnswerThatDoesNotFitItsItemIsRefusedWithAReason() {
        Trainee trainee = fixture.enrolledTrainee("salah");
        ApiClient api = ApiClient.signedIn(application, trainee.username(), TraineeFixture.PASSWORD);
        JsonObject attempt = startAndOpen(api, trainee, PRE_TEST);
        long id = attempt.getJsonNumber("id").longValue();

        Reply reply = api.put("attempts/" + id + "/answers/0", Json.createObjectBuilder().add("sequence", 1)
                .add("response", Json.createObjectBuilder().add("choices", Json.createArrayBuilder().add(99))).build());
        Reply noNumber = api.put("attempts/" + id + "/answers/0", Json.createObjectBuilder().add("sequence", "satu")
                .add("response", Json.createObjectBuilder().add("truefalse", true)).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getString("title")).isNotBlank();
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(api.get("attempts/" + id).object().getJsonObject("answers").keySet()).isEmpty();
    }

    /**
     * Starts an attempt, whose answer already carries its items (one round trip for a phone), and
     * checks that a reload of its address shows the same items in the same order.
     */
    private static JsonObject startAndOpen(ApiClient api, Trainee trainee, String quiz) {
        Reply started = api.post("attempts", start(trainee, quiz));
        assertThat(started.status()).isEqualTo(201);
        JsonObject attempt = started.object();
        assertThat(attempt.getInt("remainingSeconds")).isPositive();
        assertThat(attempt.getJsonArray("items")).isNotEmpty();
        assertThat(attempt.getJsonObject("answers")).isEmpty();
        assertThat(api.get("attempts/" + attempt.getJsonNumber("id")).object().getJsonArray("items"))
                .isEqualTo(attempt.getJsonArray("items"));
        return attempt;
    }

    private static JsonObject start(Trainee trainee, String quiz) {
        return Json.createObjectBuilder().add("enrolmentId", trainee.enrolmentId()).add("quizCode", quiz).build();
    }

    private static void answerFirstItem(ApiClient api, JsonObject attempt, long sequence) {
        JsonObject item = attempt.getJsonArray("items").getJsonObject(0);
        Reply reply = api.put("attempts/" + attempt.getJsonNumber("id") + "/answers/0", answer(item, sequence));
        assertThat(reply.status()).isEqualTo(200);
    }

    private static JsonObject save(ApiClient api, long attempt, JsonObject item, long sequence, boolean first) {
        Reply reply = api.put("attempts/" + attempt + "/answers/" + item.getInt("position"), answer(item, sequence, first));
        assertThat(reply.status()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject answer(JsonObject item, long sequence) {
        return answer(item, sequence, true);
    }

    /** A valid answer for any item type; {@code first} picks between two different answers. */
    static JsonObject answer(JsonObject item, long sequence, boolean first) {
        jakarta.json.JsonObjectBuilder response = Json.createObjectBuilder();
        switch (item.getString("type")) {
            case "single" -> response.add("choice", item.getJsonArray("options").getJsonObject(first ? 0 : 1).getInt("index"));
            case "multiple" -> response.add("choices", Json.createArrayBuilder()
                    .add(item.getJsonArray("options").getJsonObject(first ? 0 : 1).getInt("index")));
            case "truefalse" -> response.add("truefalse", first);
            case "matching" -> {
                jakarta.json.JsonArrayBuilder matches = Json.createArrayBuilder();
                item.getJsonArray("rights").forEach(r -> matches.add(((JsonObject) r).getInt("index")));
                response.add("matches", matches);
            }
            case "ordering" -> {
                jakarta.json.JsonArrayBuilder order = Json.createArrayBuilder();
                item.getJsonArray("steps").forEach(s -> order.add(((JsonObject) s).getInt("index")));
                response.add("order", order);
            }
            case "numerical" -> response.add("number", first ? "1" : "2");
            default -> response.add("text", first ? "fasilitasi" : "pendampingan");
        }
        return Json.createObjectBuilder().add("sequence", sequence).add("response", response).build();
    }

    private QuizAttempt waitUntilGraded(long attemptId) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            QuizAttempt attempt = fixture.attempt(attemptId);
            if (!attempt.isOpen()) {
                return attempt;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the deadline job did not close attempt " + attemptId + " within 30 s");
    }

    private static <T> List<T> all(int parallel, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return call.call();
                }));
            }
            ready.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
