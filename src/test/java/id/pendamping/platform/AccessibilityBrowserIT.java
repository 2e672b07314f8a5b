package id.pendamping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.pendamping.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every page built so far passes axe-core (WCAG 2 A and AA) with no serious or critical violation. */
class AccessibilityBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void publicPagesPass() {
        for (String page : List.of("/", "/signin.xhtml", "/register.xhtml", "/no-such-page.xhtml")) {
            check(page);
        }
        switchLanguage("en");
        check("/");
        assertThat(problems).isEmpty();
    }

    @Test
    void signedInPagesPass() {
        checkAs("peserta", "/learn/");
        checkAs("asesor", "/assess/");
        checkAs("koordinator", "/manage/", "/learn/");
        checkAs("admin", "/admin/", "/admin/accounts.xhtml", "/admin/centers.xhtml");
        assertThat(problems).isEmpty();
    }

    private void checkAs(String username, String... pages) {
        signIn(username, DEMO_PASSWORD);
        for (String page : pages) {
            check(page);
        }
        signOut();
    }

    private void check(String page) {
        open(page);
        heading();
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add(page + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
    }
}
