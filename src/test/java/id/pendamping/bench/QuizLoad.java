package id.pendamping.bench;

import id.pendamping.learning.application.BenchCohort;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The quiz path under load: N trainees start the pre-test at the same moment, answer its 20 items
 * with think time, and submit. Prints throughput and latency of start, save and submit, then reads
 * every attempt back to check that each acknowledged answer is stored and each attempt graded once.
 * Run by bench/quiz-load.sh against a platform started with -Dpendamping.bench-trainees=N.
 * <p>
 * Each trainee is a chain of steps on a pool of {@value #THREADS} threads: a step sends one request
 * and schedules the next after the think time, so no thread waits while a trainee thinks. Latency
 * is measured from the moment the trainee wanted to send (the step's scheduled time), so waiting
 * for a free thread or connection counts, as the trainee would feel it.
 */
public final class QuizLoad {

    static final String QUIZ = "PDP-DASAR-PRE";
    static final int ITEMS = 20;
    /** At most this many requests in flight, hence connections: the client's and server's file limits allow it. */
    static final int THREADS = 400;
    /** A token costs the server one PBKDF2 check (~0.1 s of CPU): asking slowly keeps set-up from being a load test. */
    static final int TOKEN_THREADS = 4;
    static final int LOOKUP_THREADS = 8;
    static final int SHOWN_PROBLEMS = 5;
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Looked up once: Json's static methods search the class path on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    private final String base;
    private final int count;
    private final long thinkMillis;
    /** A warm-up burst: every trainee starts, and that is all. */
    private final boolean startsOnly;
    /** One client for both runs, so the measured run finds its connections and code warm. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(THREADS);
    private final Stats starts = new Stats("start");
    private final Stats saves = new Stats("save");
    private final Stats submits = new Stats("submit");
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger clientFailures = new AtomicInteger();
    private final AtomicInteger resumed = new AtomicInteger();
    private CountDownLatch sessions;

    private QuizLoad(String base, int count, long thinkMillis, boolean startsOnly) {
        this.base = base;
        this.count = count;
        this.thinkMillis = thinkMillis;
        this.startsOnly = startsOnly;
    }

    /**
     * Arguments: base URL (http://localhost:8080), trainees (1000), mean think time in ms (10000).
     * Unless WARM_UP=0, a first identical run warms the server and this client's own code (an exam
     * starts on a server that has been up, and a cold load generator would measure itself), the
     * benchmark cohort's attempts are reset, and the second run, in the same JVM, is the result.
     * For quicker experiments on the start alone: BURSTS=n warm-up bursts instead of eight, and
     * MEASURE=starts measures one more burst of starts instead of a whole session.
     */
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://localhost:8080";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long think = args.length > 2 ? Long.parseLong(args[2]) : 10_000;
        if (count < 1 || count > BenchCohort.CAPACITY || think < 0) {
            System.err.println("usage: QuizLoad [BASE_URL] [TRAINEES 1.." + BenchCohort.CAPACITY + "] [THINK_MS]");
            System.exit(2);
        }
        if (!"0".equals(System.getenv("WARM_UP"))) {
            System.out.println("== warm-up run (not the result) ==");
            new QuizLoad(base, count, think, false).run();
            reset(base);
            // One session starts each trainee once, while it saves twenty answers: the start's own
            // code is still being compiled when the measured burst comes. A server that has been up
            // has seen more starts than that, so a few bursts of starts alone complete the warm-up.
            int bursts = Integer.parseInt(Objects.requireNonNullElse(System.getenv("BURSTS"), String.valueOf(START_ROUNDS)));
            for (int round = 1; round <= bursts; round++) {
                burstOfStarts(base, count, think, "warm-up burst " + round + " of " + bursts);
                reset(base);
            }
            System.gc(); // the warm-up's garbage is not the measured run's to collect
            System.out.println("== measured run ==");
        }
        if ("starts".equals(System.getenv("MEASURE"))) {
            System.exit(burstOfStarts(base, count, think, "measured burst") == 0 ? 0 : 1);
        }
        System.exit(new QuizLoad(base, count, think, false).run());
    }

    /** Every trainee starts at once and that is all; prints the start's p50 and p95, answers the errors. */
    private static int burstOfStarts(String base, int count, long think, String name) throws Exception {
        QuizLoad burst = new QuizLoad(base, count, think, true);
        burst.run();
        System.out.printf("== %s: start p50 %.1f ms, p95 %.1f ms, %d errors%n", name, millis(burst.starts.percentile(0.5)),
                millis(burst.starts.percentile(0.95)), burst.starts.errors());
        return burst.starts.errors();
    }

    /** Warm-up bursts of starts alone, after the warm-up session. */
    static final int START_ROUNDS = 8;

    /** Removes the benchmark cohort's attempts (a server started with pendamping.bench-trainees only). */
    private static void reset(String base) throws IOException, InterruptedException {
        HttpResponse<String> reset = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/bench-support/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (reset.statusCode() / 100 != 2) {
            System.err.println("reset of the benchmark cohort failed: " + reset.statusCode());
            System.exit(1);
        }
    }

    private int run() throws InterruptedException {
        System.out.printf("Quiz load: %d trainees, quiz %s, think time %d ms +-50%%, %d client threads, %s%n",
                count, QUIZ, thinkMillis, THREADS, base);
        List<Trainee> trainees = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            trainees.add(new Trainee(String.format(BenchCohort.USERNAME_FORMAT, i)));
        }
        try {
            if (!setUp(trainees)) {
                return 1;
            }
            long wall = measure(trainees);
            if (startsOnly) {
                return 0;
            }
            Verification verified = verify(trainees);
            return report(wall, verified);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- (1) set-up, not measured ----

    private boolean setUp(List<Trainee> trainees) throws InterruptedException {
        long began = System.nanoTime();
        // The first trainee alone first: a server without the benchmark trainees fails at once.
        List<String> failures = eachOf(trainees.subList(0, 1), 1, this::signIn);
        if (failures.isEmpty()) {
            failures = eachOf(trainees.subList(1, trainees.size()), TOKEN_THREADS, this::signIn);
        }
        if (failures.isEmpty()) {
            System.out.printf("  tokens for %d trainees in %.1f s%n", count, seconds(System.nanoTime() - began));
            failures = eachOf(trainees, LOOKUP_THREADS, this::findEnrolment);
        }
        if (!failures.isEmpty()) {
            System.out.printf("Set-up failed for %d trainees, for example:%n", failures.size());
            failures.stream().limit(SHOWN_PROBLEMS).forEach(f -> System.out.println("  " + f));
            return false;
        }
        System.out.printf("Set-up done in %.1f s (not measured)%n", seconds(System.nanoTime() - began));
        return true;
    }

    /**
     * Tokens are kept in target/bench-tokens.properties between runs (they last twelve hours), so a
     * second run on a server restarted with its benchmark attempts reset skips the slow sign-ins.
     */
    private static final java.nio.file.Path TOKENS = java.nio.file.Path.of("target", "bench-tokens.properties");
    private final java.util.Properties cachedTokens = loadTokens();

    private static java.util.Properties loadTokens() {
        java.util.Properties tokens = new java.util.Properties();
        if (java.nio.file.Files.exists(TOKENS)) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(TOKENS)) {
                tokens.load(in);
            } catch (IOException e) {
                tokens.clear();
            }
        }
        return tokens;
    }

    private synchronized void rememberToken(Trainee trainee) {
        cachedTokens.setProperty(trainee.username, trainee.token);
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(TOKENS)) {
            cachedTokens.store(out, "bench tokens, valid 12 hours");
        } catch (IOException e) {
            // only a cache
        }
    }

    private String signIn(Trainee trainee) throws IOException, InterruptedException {
        String cached = cachedTokens.getProperty(trainee.username);
        if (cached != null && call("GET", "/api/enrolments", cached, null).ok()) {
            trainee.token = cached;
            return null;
        }
        String refused = signInWithPassword(trainee);
        if (refused == null) {
            rememberToken(trainee);
        }
        return refused;
    }

    private String signInWithPassword(Trainee trainee) throws IOException, InterruptedException {
        Reply reply = call("POST", "/api/tokens", null, JSON.createObjectBuilder()
                .add("username", trainee.username).add("password", BenchCohort.PASSWORD).build());
        if (reply.status() != 201) {
            return trainee.username + ": no token (" + reply + "); was the server started with "
                    + "-Dpendamping.bench-trainees=" + count + " or more?";
        }
        trainee.token = reply.json().getString("token");
        return null;
    }

    private String findEnrolment(Trainee trainee) throws IOException, InterruptedException {
        Reply reply = call("GET", "/api/enrolments", trainee.token, null);
        if (!reply.ok()) {
            return trainee.username + ": enrolments not listed (" + reply + ")";
        }
        for (JsonObject enrolment : reply.array().getValuesAs(JsonObject.class)) {
            if (BenchCohort.COHORT.equals(enrolment.getString("cohort")) && "ENROLLED".equals(enrolment.getString("status"))) {
                trainee.enrolmentId = enrolment.getJsonNumber("id").longValue();
            }
        }
        if (trainee.enrolmentId == 0) {
            return trainee.username + ": not enrolled in " + BenchCohort.COHORT;
        }
        reply = call("GET", "/api/enrolments/" + trainee.enrolmentId + "/quizzes", trainee.token, null);
        if (!reply.ok()) {
            return trainee.username + ": quizzes not listed (" + reply + ")";
        }
        JsonObject quiz = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(q -> QUIZ.equals(q.getString("code"))).findFirst().orElse(null);
        if (quiz == null || !quiz.getBoolean("open")) {
            return trainee.username + ": " + QUIZ + " is not open to the trainee";
        }
        // A second run on the same database would find the one attempt used: measure fresh trainees only.
        if (quiz.containsKey("attemptInProgress") || quiz.getInt("attemptsLeft") < 1) {
            return trainee.username + ": has already used its attempt at " + QUIZ
                    + "; restart the platform on a fresh database (see bench/quiz-load.sh)";
        }
        return null;
    }

    /** Runs the step for every trainee on that many threads; answers the failures. */
    private List<String> eachOf(List<Trainee> trainees, int threads, Lookup step) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (Trainee trainee : trainees) {
                tasks.add(() -> {
                    try {
                        return step.apply(trainee);
                    } catch (IOException | RuntimeException e) {
                        return trainee.username + ": " + e;
                    }
                });
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> result : executor.invokeAll(tasks)) {
                try {
                    if (result.get() != null) {
                        failures.add(result.get());
                    }
                } catch (ExecutionException e) {
                    failures.add(e.getCause().toString());
                }
            }
            return failures;
        } finally {
            executor.shutdownNow();
        }
    }

    // ---- (2)-(4) the measured part: start together, answer with think time, submit ----

    /** Runs every trainee's session; answers the wall time from the common start to the last submission. */
    private long measure(List<Trainee> trainees) throws InterruptedException {
        sessions = new CountDownLatch(trainees.size());
        // The barrier: every start is scheduled for the same instant, a while from now (SETTLE_MS).
        long startAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(
                Objects.requireNonNullElse(System.getenv("SETTLE_MS"), "1000")));
        for (Trainee trainee : trainees) {
            at(trainee, startAt, intent -> start(trainee, intent));
        }
        if (startsOnly) {
            System.out.printf("Warm-up burst: %d starts at once ...%n", trainees.size());
        } else {
            System.out.printf("Measuring: %d starts at once, then %d answers each, then submission ...%n",
                    trainees.size(), ITEMS);
        }
        long longest = (ITEMS + 2) * (thinkMillis * 3 / 2 + TIMEOUT.toMillis()) + 60_000;
        if (!sessions.await(longest, TimeUnit.MILLISECONDS)) {
            problem("client: " + sessions.getCount() + " sessions unfinished after " + longest / 1000 + " s");
            clientFailures.addAndGet((int) sessions.getCount());
        }
        return System.nanoTime() - startAt;
    }

    private void start(Trainee trainee, long intent) {
        Reply reply = timed(starts, intent, trainee, "POST", "/api/attempts", JSON.createObjectBuilder()
                .add("enrolmentId", trainee.enrolmentId).add("quizCode", QUIZ).build());
        if (!reply.ok()) {
            finish(trainee);
            return;
        }
        if (reply.status() == 200) {
            resumed.incrementAndGet();
        }
        // The start answers with the attempt and its items, as the quiz is shown after one round trip.
        // Parsed once: in the burst the load generator shares the two cores with the server.
        JsonObject attempt = reply.json();
        trainee.attemptId = attempt.getJsonNumber("id").longValue();
        List<JsonObject> items = new ArrayList<>(attempt.getJsonArray("items").getValuesAs(JsonObject.class));
        items.sort(Comparator.comparingInt(item -> item.getInt("position")));
        trainee.items = items;
        if (items.size() != ITEMS) {
            problem("start " + trainee.username + ": " + items.size() + " items instead of " + ITEMS);
        }
        if (startsOnly) {
            finish(trainee);
            return;
        }
        next(trainee);
    }

    private void answer(Trainee trainee, long intent) {
        JsonObject item = trainee.items.get(trainee.answered++);
        int position = item.getInt("position");
        long sequence = ++trainee.sequence;
        Reply reply = timed(saves, intent, trainee, "PUT", "/api/attempts/" + trainee.attemptId + "/answers/" + position,
                JSON.createObjectBuilder().add("sequence", sequence).add("response", response(item)).build());
        if (reply.ok()) {
            // Acknowledged: from now on the server owes us this answer, whatever "applied" said.
            trainee.acknowledged.put(position, sequence);
        }
        next(trainee);
    }

    private void submit(Trainee trainee, long intent) {
        Reply reply = timed(submits, intent, trainee, "POST", "/api/attempts/" + trainee.attemptId + "/submission",
                JsonValue.EMPTY_JSON_OBJECT);
        if (reply.ok()) {
            trainee.submitted = reply.json();
        }
        finish(trainee);
    }

    /** After a think time: the next item, or the submission after the last. */
    private void next(Trainee trainee) {
        long think = TimeUnit.MILLISECONDS.toNanos(
                ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
        long intent = System.nanoTime() + think;
        if (trainee.answered < trainee.items.size()) {
            at(trainee, intent, i -> answer(trainee, i));
        } else {
            at(trainee, intent, i -> submit(trainee, i));
        }
    }

    /** Schedules a step of a trainee's session for the given moment (System.nanoTime). */
    private void at(Trainee trainee, long intent, Step step) {
        pool.schedule(() -> {
            try {
                step.run(intent);
            } catch (RuntimeException e) {
                clientFailures.incrementAndGet();
                problem("client " + trainee.username + ": " + e);
                finish(trainee);
            }
        }, Math.max(0, intent - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void finish(Trainee trainee) {
        // A trainee's steps run one after the other, so the flag needs no lock.
        if (!trainee.finished) {
            trainee.finished = true;
            sessions.countDown();
        }
    }

    /** A valid answer to the item, chosen at random from its defined indices. */
    static JsonObject response(JsonObject item) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        JsonObjectBuilder answer = JSON.createObjectBuilder();
        switch (item.getString("type")) {
            case "single" -> {
                List<Integer> options = indices(item, "options");
                answer.add("choice", options.get(random.nextInt(options.size())));
            }
            case "multiple" -> {
                List<Integer> options = indices(item, "options");
                Collections.shuffle(options, random);
                answer.add("choices", array(options.subList(0, 1 + random.nextInt(options.size()))));
            }
            case "truefalse" -> answer.add("truefalse", random.nextBoolean());
            case "matching" -> {
                // One right per left, in the lefts' defined order: a permutation of the rights' indices.
                List<Integer> rights = indices(item, "rights");
                Collections.shuffle(rights, random);
                answer.add("matches", array(rights));
            }
            case "ordering" -> {
                List<Integer> steps = indices(item, "steps");
                Collections.shuffle(steps, random);
                answer.add("order", array(steps));
            }
            case "numerical" -> answer.add("number", "1");
            case "short" -> answer.add("text", "fasilitasi");
            default -> answer.add("text", "Pendamping membantu usaha kecil menyusun rencana usaha.");
        }
        return answer.build();
    }

    private static List<Integer> indices(JsonObject item, String member) {
        List<Integer> indices = new ArrayList<>();
        item.getJsonArray(member).getValuesAs(JsonObject.class).forEach(o -> indices.add(o.getInt("index")));
        return indices;
    }

    private static JsonArrayBuilder array(List<Integer> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    // ---- (5) verification, not measured ----

    private record Verification(int acknowledged, int lost, int incomplete, int gradedOnce, int failures) {
    }

    private Verification verify(List<Trainee> trainees) throws InterruptedException {
        System.out.println("Verifying every attempt ...");
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger incomplete = new AtomicInteger();
        AtomicInteger gradedOnce = new AtomicInteger();
        List<Trainee> started = trainees.stream().filter(t -> t.attemptId != 0).toList();
        List<String> failures = eachOf(started, LOOKUP_THREADS, trainee -> {
            Reply reply = call("GET", "/api/attempts/" + trainee.attemptId, trainee.token, null);
            if (!reply.ok()) {
                return "verify " + trainee.username + ": " + reply;
            }
            JsonObject attempt = reply.json();
            JsonObject answers = attempt.getJsonObject("answers");
            acknowledged.addAndGet(trainee.acknowledged.size());
            trainee.acknowledged.forEach((position, sequence) -> {
                JsonObject stored = answers.getJsonObject(String.valueOf(position));
                if (stored == null || stored.getJsonNumber("sequence").longValue() != sequence) {
                    lost.incrementAndGet();
                }
            });
            Set<String> positions = new TreeSet<>();
            attempt.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> positions.add(String.valueOf(i.getInt("position"))));
            if (positions.size() != ITEMS || !positions.equals(new TreeSet<>(answers.keySet()))) {
                incomplete.incrementAndGet();
            }
            if (gradedOnce(trainee.submitted, attempt)) {
                gradedOnce.incrementAndGet();
            }
            return null;
        });
        failures.stream().limit(SHOWN_PROBLEMS).forEach(this::problem);
        return new Verification(acknowledged.get(), lost.get(), incomplete.get(), gradedOnce.get(), failures.size());
    }

    /** Graded, closed by the trainee, and still with the closing time its submission answered: closed once. */
    private static boolean gradedOnce(JsonObject submitted, JsonObject attempt) {
        JsonObject result = attempt.getJsonObject("result");
        JsonObject resultAtSubmission = submitted == null ? null : submitted.getJsonObject("result");
        return "GRADED".equals(attempt.getString("status")) && result != null
                && "TRAINEE".equals(result.getString("closedBy"))
                && resultAtSubmission != null && result.getString("closedAt").equals(resultAtSubmission.getString("closedAt"));
    }

    // ---- report ----

    private int report(long wallNanos, Verification verified) {
        double wall = seconds(wallNanos);
        System.out.println();
        System.out.printf("%-8s %8s %7s %9s %9s %9s %9s %9s%n", "", "requests", "errors", "ops/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        Stats all = new Stats("all");
        for (Stats kind : List.of(starts, saves, submits)) {
            row(kind, kind.span());
            all.add(kind);
        }
        row(all, wall);
        System.out.printf("(ops/s over each kind's own span, from its first intended send to its last answer; "
                + "\"all\" over the wall time)%n");
        System.out.printf("wall time, common start to last submission: %.1f s%n", wall);
        if (resumed.get() > 0) {
            System.out.printf("note: %d starts returned an attempt already in progress (200)%n", resumed.get());
        }

        int errors = starts.errors() + saves.errors() + submits.errors() + clientFailures.get() + verified.failures();
        if (!problems.isEmpty()) {
            System.out.printf("%nFirst problems (of %d):%n", problems.size());
            synchronized (problems) {
                problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> System.out.println("  " + p));
            }
        }
        System.out.println();
        check(errors == 0, "no errors", errors + " failed requests or sessions");
        check(verified.lost() == 0 && verified.incomplete() == 0, "no lost answer",
                verified.lost() + " of " + verified.acknowledged() + " acknowledged answers missing or older; "
                        + verified.incomplete() + " attempts without exactly their " + ITEMS + " answers");
        check(verified.gradedOnce() == count, "every attempt graded once",
                verified.gradedOnce() + " of " + count + " attempts GRADED, closed by TRAINEE at the time their submission said");
        double saveP95 = millis(saves.percentile(0.95));
        check(saveP95 <= 150, "save p95 <= 150 ms", String.format("%.1f ms", saveP95));
        double startP95 = millis(starts.percentile(0.95));
        check(startP95 <= 1000, "start p95 <= 1000 ms", String.format("%.1f ms", startP95));
        return errors > 0 || verified.lost() > 0 || verified.incomplete() > 0 ? 1 : 0;
    }

    private static void row(Stats stats, double seconds) {
        System.out.printf("%-8s %8d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n", stats.name, stats.size(), stats.errors(),
                seconds > 0 ? stats.size() / seconds : 0.0, millis(stats.percentile(0.50)), millis(stats.percentile(0.95)),
                millis(stats.percentile(0.99)), millis(stats.percentile(1.0)));
    }

    private static void check(boolean passed, String target, String detail) {
        System.out.printf("%-4s  %-28s %s%n", passed ? "PASS" : "FAIL", target, detail);
    }

    // ---- HTTP ----

    private Reply timed(Stats kind, long intent, Trainee trainee, String method, String path, JsonObject body) {
        Reply reply;
        try {
            reply = call(method, path, trainee.token, body);
        } catch (IOException e) {
            reply = new Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new Reply(-1, "interrupted");
        }
        kind.record(intent, System.nanoTime(), reply.ok());
        if (!reply.ok()) {
            problem(kind.name + " " + trainee.username + ": " + reply);
        }
        return reply;
    }

    private Reply call(String method, String path, String token, JsonObject body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private void problem(String text) {
        problems.add(text);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** An HTTP answer; status -1 when none came (connection refused, timeout). */
    private record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonObject json() {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = JSON.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        @Override
        public String toString() {
            String text = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return status < 0 ? "no answer: " + text : status + " " + text;
        }
    }

    /** One simulated trainee; its session's steps run one after another, never at once. */
    private static final class Trainee {
        final String username;
        String token;
        long enrolmentId;
        long attemptId;
        List<JsonObject> items = List.of();
        int answered;
        long sequence;
        /** The sequence last acknowledged for each position. */
        final Map<Integer, Long> acknowledged = new HashMap<>();
        JsonObject submitted;
        boolean finished;

        Trainee(String username) {
            this.username = username;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run(long intent);
    }

    @FunctionalInterface
    private interface Lookup {
        String apply(Trainee trainee) throws IOException, InterruptedException;
    }

    /** Latencies of one kind of request, from the intended send to the answer. */
    private static final class Stats {
        final String name;
        private final List<Long> latencies = new ArrayList<>();
        private int errors;
        private long firstIntent = Long.MAX_VALUE;
        private long lastAnswer = Long.MIN_VALUE;

        Stats(String name) {
            this.name = name;
        }

        synchronized void record(long intent, long answered, boolean ok) {
            latencies.add(answered - intent);
            if (!ok) {
                errors++;
            }
            firstIntent = Math.min(firstIntent, intent);
            lastAnswer = Math.max(lastAnswer, answered);
        }

        synchronized void add(Stats other) {
            synchronized (other) {
                latencies.addAll(other.latencies);
                errors += other.errors;
            }
        }

        synchronized int size() {
            return latencies.size();
        }

        synchronized int errors() {
            return errors;
        }

        /** Seconds from the first intended send to the last answer. */
        synchronized double span() {
            return latencies.isEmpty() ? 0 : seconds(lastAnswer - firstIntent);
        }

        /** Nearest rank; 0 when there is nothing. */
        synchronized long percentile(double fraction) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int rank = (int) Math.ceil(fraction * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }
    }
}
