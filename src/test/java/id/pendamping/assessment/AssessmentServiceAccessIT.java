package id.pendamping.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.application.CohortQuizResults;
import id.pendamping.assessment.application.GiftExchange;
import id.pendamping.assessment.application.QuizAttempts;
import id.pendamping.assessment.application.QuizCatalog;
import id.pendamping.assessment.application.QuizStatisticsReport;
import id.pendamping.platform.AccessDenied;
import id.pendamping.testing.Deployments;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assessment services refuse a caller without the role whatever path the call took: here,
 * inside the server with nobody signed in, as if a page or resource had forgotten its URL rule.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentServiceAccessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(AssessmentServiceAccessIT.class, Deployments.class)
                .addPackages(true, "org.assertj");
    }

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    CohortQuizResults cohortResults;

    @Inject
    QuizStatisticsReport statistics;

    @Inject
    GiftExchange gift;

    @Test
    void startingSavingAndSubmittingNeedATrainee() {
        assertThatThrownBy(() -> attempts.start(1L, "PDP-DASAR-PRE")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> attempts.save(1L, 0, "{\"truefalse\":true}", 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> attempts.submit(1L)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> catalog.quizzesOf(1L)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void cohortResultsAndExtraTimeNeedTheCohortsCoordinator() {
        assertThatThrownBy(() -> cohortResults.overview(1L)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> cohortResults.grantExtraTime(1L, 1L, "PDP-DASAR-PRE", 10)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void itemStatisticsAndGiftNeedACoordinatorOrAnAdmin() {
        assertThatThrownBy(() -> statistics.report(1L, "PDP-DASAR-PRE")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> gift.export("m01-konsep-pendampingan", Locale.ENGLISH)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> gift.importGift("x.gift", "::a::b{TRUE}")).isInstanceOf(AccessDenied.class);
    }
}
