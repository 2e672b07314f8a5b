package id.pendamping.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.ClockProducer;
import id.pendamping.platform.InvalidInput;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reaction survey against the real database: it opens in the cohort's last week, each trainee
 * answers once, an anonymous response is stored with nothing that leads back to the trainee, the
 * coordinator of the centre reads the results and a coordinator of another centre cannot.
 */
@ExtendWith(ArquillianExtension.class)
class ReactionSurveyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(ReactionSurveyIT.class, Rows.class);
    }

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    CohortSurveys surveys;

    @Inject
    SurveyTemplates templates;

    @Inject
    ClockProducer clocks;

    @Inject
    Rows rows;

    @Inject
    CohortDashboard dashboards;

    /** Reads the stored rows directly, as someone with the database in hand would. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        @Transactional
        public List<?> responses(Long cohortId) {
            return em.createNativeQuery("select id, account_id from survey_response where cohort_id = ?1")
                    .setParameter(1, cohortId).getResultList();
        }
    }

    @AfterEach
    void resetClock() {
        clocks.adjustable().reset();
    }

    @Test
    void eachTraineeAnswersOnceAnonymouslyAndOnlyTheCentresCoordinatorReadsTheResults() {
        List<TraineeFixture.Trainee> cohort = fixture.cohortOfTrainees("evaluasi", 3);
        Long cohortId = fixture.cohortOf(cohort.get(0).enrolmentId());
        as(cohort.get(0).username());
        CohortSurveys.Form form = surveys.form(cohort.get(0).enrolmentId());
        assertThat(form.open()).as("not before the cohort's last week").isFalse();
        assertThat(form.anonymous()).isTrue();
        assertThatThrownBy(() -> surveys.answer(cohort.get(0).enrolmentId(), allFours(form)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.closed"));

        clocks.adjustable().advance(Duration.ofDays(25));
        Map<String, String> missing = allFours(form);
        missing.remove("q3");
        assertThatThrownBy(() -> surveys.answer(cohort.get(0).enrolmentId(), missing))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.ratingRequired"));
        Map<String, String> answers = allFours(form);
        answers.put("q1", "5");
        answers.put("q8", "Studi kasus desa sangat membantu");
        surveys.answer(cohort.get(0).enrolmentId(), answers);
        assertThat(surveys.form(cohort.get(0).enrolmentId()).answered()).isTrue();
        assertThatThrownBy(() -> surveys.answer(cohort.get(0).enrolmentId(), answers))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.alreadyAnswered"));
        as(cohort.get(1).username());
        Map<String, String> second = allFours(form);
        second.put("q1", "3");
        surveys.answer(cohort.get(1).enrolmentId(), second);

        as("koordinator");
        CohortSurveys.Report early = surveys.report(cohortId);
        assertThat(early.withheld()).as("two anonymous responses could be told apart").isTrue();
        assertThat(early.summary().responses()).isEqualTo(2);
        assertThat(early.summary().scales()).isEmpty();
        assertThat(early.summary().comments()).isEmpty();
        as(cohort.get(2).username());
        surveys.answer(cohort.get(2).enrolmentId(), allFours(form));

        List<?> stored = rows.responses(cohortId);
        assertThat(stored).hasSize(3).allSatisfy(row -> {
            Object[] r = (Object[]) row;
            assertThat((String) r[0]).as("a random id, not a sequence").matches("[0-9a-f-]{36}");
            assertThat(r[1]).as("no account on an anonymous response").isNull();
        });
        assertThatThrownBy(() -> surveys.report(cohortId)).as("a trainee").isInstanceOf(AccessDenied.class);

        as("koordinator");
        CohortSurveys.Report report = surveys.report(cohortId);
        assertThat(report.enrolled()).isEqualTo(3);
        assertThat(report.withheld()).isFalse();
        assertThat(report.summary().responses()).isEqualTo(3);
        assertThat(report.summary().scales().get(0).mean().getAsDouble()).isEqualTo(4.0);
        assertThat(report.summary().scales().get(0).counts()).containsExactly(0, 0, 1, 1, 1);
        assertThat(report.summary().comments().get(0).comments()).containsExactly("Studi kasus desa sangat membantu");
        CohortDashboard.Dashboard dashboard = dashboards.of(cohortId);
        assertThat(dashboard.enrolled()).isEqualTo(3);
        assertThat(dashboard.surveyResponses()).isEqualTo(3);
        // 7 ratings each: 6 fours and a 5, 6 fours and a 3, 7 fours: 84 / 21 = 4.
        assertThat(dashboard.surveyMean().getAsDouble()).isEqualTo(4.0);

        Account other = fixture.coordinatorOfAnotherCentre("balai-evaluasi");
        caller.authenticatedByToken(other);
        assertThatThrownBy(() -> surveys.report(cohortId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> dashboards.of(cohortId)).as("nor the dashboard").isInstanceOf(AccessDenied.class);
        templates.save("SCALE | Hanya untuk balai lain | Only for the other centre", false);
        as("koordinator");
        assertThat(templates.mine().text()).doesNotContain("Hanya untuk balai lain");
    }

    @Test
    void aTemplateWithAProblemNamesTheLineAndSavesNothing() {
        as("koordinator");
        String before = templates.mine().text();
        assertThatThrownBy(() -> templates.save("SCALE | Materi | Content\nSKALA | Jadwal | Schedule", true))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.template.type");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(templates.mine().text()).isEqualTo(before);
    }

    private static Map<String, String> allFours(CohortSurveys.Form form) {
        Map<String, String> answers = new HashMap<>();
        form.questions().stream().filter(q -> q.type() == id.pendamping.evaluation.domain.SurveyQuestions.Type.SCALE)
                .forEach(q -> answers.put(q.code(), "4"));
        return answers;
    }

    private void as(String username) {
        caller.authenticatedByToken(fixture.account(username));
    }
}
