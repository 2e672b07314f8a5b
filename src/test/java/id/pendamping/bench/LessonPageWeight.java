package id.pendamping.bench;

import id.pendamping.testing.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Prints the bytes a phone's browser transfers (compressed, headers included) for the first lesson
 * page with an empty cache, and for the next lesson after it. Run by bench/lesson-page-weight.sh
 * against a running platform with demo data; it opens a new cohort and enrols the demo trainee.
 */
public final class LessonPageWeight {

    private static final String TRANSFERRED = "return performance.getEntriesByType('navigation')"
            + ".concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0);";

    private LessonPageWeight() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://localhost:8080";
        ChromeDriver coordinator = Browser.open();
        try {
            signIn(coordinator, base, "koordinator");
            coordinator.get(base + "/manage/");
            new Select(coordinator.findElement(By.id("open:programme"))).selectByIndex(1);
            coordinator.findElement(By.id("open:name")).sendKeys("Angkatan Bench " + System.currentTimeMillis());
            coordinator.executeScript("arguments[0].value = arguments[1];", coordinator.findElement(By.id("open:startsOn")),
                    LocalDate.now().minusDays(1).toString());
            coordinator.executeScript("arguments[0].value = arguments[1];", coordinator.findElement(By.id("open:endsOn")),
                    LocalDate.now().plusDays(30).toString());
            coordinator.findElement(By.id("open:submit")).click();
            coordinator.findElement(By.id("enrolOne:fullName")).sendKeys("Sari Peserta");
            coordinator.findElement(By.id("enrolOne:email")).sendKeys("peserta@demo.pendamping.id");
            coordinator.findElement(By.id("enrolOne:submit")).click();
        } finally {
            coordinator.quit();
        }

        ChromeDriver trainee = Browser.open();
        try {
            signIn(trainee, base, "peserta");
            String lesson = trainee.findElement(By.cssSelector(".enrolment .resume-link")).getAttribute("href");
            trainee.executeCdpCommand("Network.clearBrowserCache", Map.of());
            trainee.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            trainee.get(lesson);
            long first = transferred(trainee);
            trainee.findElement(By.id("next-lesson")).click();
            new WebDriverWait(trainee, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(lesson));
            long next = transferred(trainee);
            System.out.printf("first lesson page, empty cache: %,d bytes (%.1f KB; target 400 KB)%n", first, first / 1024.0);
            System.out.printf("next lesson page:               %,d bytes (%.1f KB; target 80 KB)%n", next, next / 1024.0);
        } finally {
            trainee.quit();
        }
    }

    private static long transferred(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        return ((Number) driver.executeScript(TRANSFERRED)).longValue();
    }

    private static void signIn(ChromeDriver driver, String base, String username) {
        driver.get(base + "/signin.xhtml");
        driver.findElement(By.id("signin:username")).sendKeys(username);
        driver.findElement(By.id("signin:password")).sendKeys("demo-pendamping");
        driver.findElement(By.id("signin:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !List.of("/signin.xhtml")
                .contains(java.net.URI.create(d.getCurrentUrl()).getPath()));
    }
}
