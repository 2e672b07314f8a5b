package id.pendamping.testing;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser journey against the real application on the provisioned WildFly: the packaged WAR is
 * deployed, one headless Chromium is shared by the class and starts every test signed out.
 * The steps a person takes (sign in, register, switch language) are here once for every test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "demo-pendamping";
    public static final String DEMO_CENTER = "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Jakarta";

    protected static ChromeDriver driver;

    @ArquillianResource
    protected URL base;

    /** On a failure, keeps what the browser showed (page source and screenshot) in target/browser-failures. */
    @RegisterExtension
    static final TestWatcher KEEP_PAGE_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver == null) {
                return;
            }
            try {
                java.nio.file.Path folder = java.nio.file.Path.of("target", "browser-failures");
                java.nio.file.Files.createDirectories(folder);
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                java.nio.file.Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
                java.nio.file.Files.write(folder.resolve(name + ".png"),
                        driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (Exception ignored) {
                // the failure itself is what matters; the page is only a help to read it
            }
        }
    };

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void openBrowser() {
        driver = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void startSignedOut() {
        driver.manage().deleteAllCookies();
    }

    protected void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    protected String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Waits up to 20 s for a condition. While a page is being replaced, Chromium answers a look at an
     * element of the old one with a stale reference or with "node does not belong to the document"
     * (a plain WebDriverException): both mean "not yet", so the wait looks again; a condition that
     * never holds still ends in a timeout that carries the last error.
     */
    protected WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    protected WebElement element(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Fetches a URL outside the browser with the browser's session, as a download would. */
    protected java.net.http.HttpResponse<byte[]> fetchWithSession(String href) throws java.io.IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Serious or critical axe-core violations (WCAG 2 A and AA) on the page shown, each with its page and targets. */
    protected java.util.List<String> accessibilityProblems() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        String page = path();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> page + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(java.util.stream.Collectors.joining(", ")))
                .toList();
    }

    /**
     * Clicks a button that submits its form without ajax, or a plain link, and waits until the page it
     * left is gone, so that what the test reads next is the answer, not the page the button was on.
     */
    protected void submit(String css) {
        submit(element(css));
    }

    /** As {@link #submit(String)}, for a button already found, one of several alike (in a row, a unit, a section). */
    protected void submit(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(page));
    }

    protected String heading() {
        return element("h1").getText();
    }

    protected void type(String css, String text) {
        WebElement field = element(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Fills the sign-in form and submits it; the caller checks where it landed. */
    protected void signIn(String username, String password) {
        open("/signin.xhtml");
        type("#signin\\:username", username);
        type("#signin\\:password", password);
        element("#signin\\:submit").click();
        waiting().until(d -> !path().endsWith("/signin.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    protected void signOut() {
        element("#signout-button").click();
        waiting().until(d -> d.findElements(By.id("signin-link")).size() == 1);
    }

    protected void switchLanguage(String code) {
        element("#lang-" + code).click();
        waiting().until(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Registers a new trainee with the demo centre; returns the email, which is also the username. */
    protected String registerTrainee(String fullName, String password) {
        String email = "peserta-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        fillRegistration(fullName, email, password);
        waiting().until(d -> path().endsWith("/signin.xhtml") || !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
        if (!path().endsWith("/signin.xhtml")) {
            throw new AssertionError("Registration refused: " + driver.findElement(By.id("register")).getText());
        }
        return email;
    }

    protected void fillRegistration(String fullName, String email, String password) {
        open("/register.xhtml");
        type("#register\\:fullName", fullName);
        type("#register\\:email", email);
        selectFirstCenter();
        type("#register\\:password", password);
        type("#register\\:passwordAgain", password);
        submit("#register\\:submit");
    }

    /** As the signed-in coordinator, opens a cohort of the basic programme; returns the cohort page's path. */
    protected String openCohort(String name) {
        return openCohort(name, false);
    }

    protected String openCohort(String name, boolean openForRequests) {
        open("/manage/");
        if (openForRequests) {
            element("#open\\:openForRequests").click();
        }
        choose("#open\\:programme", 1);
        type("#open\\:name", name);
        setDate("#open\\:startsOn", java.time.LocalDate.now().minusDays(1));
        setDate("#open\\:endsOn", java.time.LocalDate.now().plusDays(30));
        type("#open\\:capacity", "30");
        element("#open\\:submit").click();
        waiting().until(d -> path().equals("/manage/cohort.xhtml"));
        return path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery();
    }

    /** As the signed-in coordinator on a cohort page, enrols one person. */
    protected void enrolOne(String fullName, String email) {
        type("#enrolOne\\:fullName", fullName);
        type("#enrolOne\\:email", email);
        element("#enrolOne\\:submit").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains(fullName));
    }

    /** As the signed-in admin, registers a training centre. */
    protected void createCenter(String code, String name) {
        open("/admin/centers.xhtml");
        type("#create\\:code", code);
        type("#create\\:name", name);
        element("#create\\:submit").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains(name));
    }

    /** As the signed-in admin, creates a coordinator or assessor ("Koordinator" or "Asesor") of a centre. */
    protected void createStaff(String roleLabel, String username, String centerName, String password) {
        open("/admin/accounts.xhtml");
        choose("#create\\:role", roleLabel);
        choose("#create\\:trainingCenter", centerName);
        type("#create\\:username", username);
        type("#create\\:fullName", "Staf Uji");
        type("#create\\:email", username + "@contoh.id");
        type("#create\\:password", password);
        element("#create\\:submit").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Akun " + username + " sudah dibuat"));
    }

    /** Calls a test-support endpoint of the server (test servers only) and returns its answer. */
    protected String postTestSupport(String pathAndQuery) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString().replaceAll("/$", "")
                            + "/test-support/" + pathAndQuery)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("test support " + pathAndQuery + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Date inputs take the browser's locale format when typed; set the ISO value directly instead. */
    protected void setDate(String css, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1];", element(css), date.toString());
    }

    private void selectFirstCenter() {
        choose("#register\\:trainingCenter", 1);
    }

    /** Picks an option of a native select list by its position (0 is the "choose..." prompt). */
    protected void choose(String css, int index) {
        new Select(element(css)).selectByIndex(index);
    }

    protected void choose(String css, String visibleText) {
        new Select(element(css)).selectByVisibleText(visibleText);
    }
}
