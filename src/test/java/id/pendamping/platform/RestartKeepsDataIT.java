package id.pendamping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The embedded database keeps its data across a real restart of the server process: a trainee who
 * registered before the restart signs in after it. Runs a second server of its own (the provisioned
 * one, on its own base directory and ports offset by 300), the way the README's run command does.
 * Only for the embedded H2 database; PostgreSQL keeps data by being a separate server.
 */
@EnabledIfSystemProperty(named = "pendamping.db.kind", matches = "h2")
class RestartKeepsDataIT {

    private static final int OFFSET = 300;
    private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);

    private final Path server = Path.of(System.getProperty("pendamping.server", "target/server"));
    private Path baseDir;

    @Test
    void aTraineeRegisteredBeforeARestartSignsInAfterIt() throws Exception {
        baseDir = freshBaseDirectory();
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String password = "Tetap-tersimpan-2026";

        Process first = start();
        try {
            ChromeDriver browser = Browser.open();
            try {
                register(browser, email, password);
                assertThat(signIn(browser, email, password)).isEqualTo("/learn/");
            } finally {
                browser.quit();
            }
        } finally {
            stop(first);
        }

        Process second = start();
        try {
            ChromeDriver browser = Browser.open();
            try {
                assertThat(signIn(browser, email, password)).isEqualTo("/learn/");
            } finally {
                browser.quit();
            }
        } finally {
            stop(second);
        }
    }

    private Path freshBaseDirectory() throws IOException {
        Path base = Files.createTempDirectory("pendamping-restart-").resolve("standalone");
        Path source = server.resolve("standalone");
        for (String folder : List.of("configuration", "deployments")) {
            try (Stream<Path> files = Files.walk(source.resolve(folder))) {
                for (Path file : files.toList()) {
                    Path target = base.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.copy(Path.of(System.getProperty("pendamping.war", "target/akademi-pendamping.war")),
                base.resolve("deployments/akademi-pendamping.war"));
        return base;
    }

    private Process start() throws Exception {
        Process process = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true).redirectOutput(baseDir.resolveSibling("server-" + Instant.now().toEpochMilli() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + baseDir.getParent());
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("The server did not serve the home page within 3 minutes");
    }

    private void stop(Process launcher) throws Exception {
        new ProcessBuilder(server.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + OFFSET), "--command=:shutdown")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private static void register(ChromeDriver browser, String email, String password) {
        browser.get(BASE + "/register.xhtml");
        browser.findElement(By.id("register:fullName")).sendKeys("Rini Mulyani");
        browser.findElement(By.id("register:email")).sendKeys(email);
        new Select(browser.findElement(By.id("register:trainingCenter"))).selectByIndex(1);
        browser.findElement(By.id("register:password")).sendKeys(password);
        browser.findElement(By.id("register:passwordAgain")).sendKeys(password);
        browser.findElement(By.id("register:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/signin.xhtml"));
    }

    private static String signIn(ChromeDriver browser, String username, String password) {
        browser.get(BASE + "/signin.xhtml");
        browser.findElement(By.id("signin:username")).sendKeys(username);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        browser.findElement(By.id("signin:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/signin.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
