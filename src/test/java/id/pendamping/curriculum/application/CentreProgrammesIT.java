package id.pendamping.curriculum.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.CohortStaff;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Programme set-up and cohort staff against the real database: the rules hold in the service, a
 * problem changes nothing, and a centre's programme, cohort and staff are its own: a coordinator of
 * another centre can neither read nor change them by id, nor open a cohort of them; a trainee cannot.
 */
@ExtendWith(ArquillianExtension.class)
class CentreProgrammesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(CentreProgrammesIT.class);
    }

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    CentreProgrammes programmes;

    @Inject
    CohortService cohorts;

    @Inject
    CohortStaff staff;

    @Test
    void theRulesHoldAndAnotherCentreCannotReadOrChangeTheProgrammeOrTheCohortStaff() {
        caller.authenticatedByToken(fixture.account("koordinator"));
        String code = "UJI-" + System.nanoTime() % 1_000_000;
        CentreProgrammes.Draft samePlace = draft(code, List.of(module("m01-konsep-pendampingan", 1, null),
                module("m02-prinsip-pendekatan", 1, null)), Set.of("PDP-DASAR-POST"), null);
        assertThatThrownBy(() -> programmes.save(null, samePlace)).as("two modules at the same place")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("modules"));
        CentreProgrammes.Draft notTaught = draft(code, List.of(module("m01-konsep-pendampingan", 1, null)),
                Set.of("PDP-DASAR-POST", "PDP-DASAR-PRE", "M02-QUIZ"), null);
        assertThatThrownBy(() -> programmes.save(null, notTaught)).as("a quiz of a module not taught")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("programme.quizNotOffered"));
        CentreProgrammes.Draft passWithoutPost = draft(code, List.of(module("m01-konsep-pendampingan", 1, null)),
                Set.of("M01-QUIZ"), new BigDecimal("80"));
        assertThatThrownBy(() -> programmes.save(null, passWithoutPost))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("passPercent"));
        assertThat(programmes.mine()).extracting(Programme::getCode).doesNotContain(code);

        Programme saved = programmes.save(null, draft(code, List.of(module("m02-prinsip-pendekatan", 1, new BigDecimal("6")),
                module("m01-konsep-pendampingan", 2, null)), Set.of("PDP-DASAR-POST", "M01-QUIZ"), new BigDecimal("80")));
        assertThat(saved.getModuleKeys()).containsExactly("m02-prinsip-pendekatan", "m01-konsep-pendampingan");
        assertThat(saved.plannedJp("m02-prinsip-pendekatan")).contains(new BigDecimal("6"));
        assertThat(saved.passPercent()).contains(new BigDecimal("80"));
        assertThatThrownBy(() -> programmes.save(null, draft(code, List.of(module("m01-konsep-pendampingan", 1, null)),
                Set.of(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("programme.codeTaken"));
        Cohort cohort = cohorts.open(saved.getId(), "Angkatan " + code, LocalDate.now(), LocalDate.now().plusDays(20), 20,
                null, false);
        staff.replaceTrainers(cohort.getId(), "Dra. Sri Handayani | Prinsip\nBudi Santoso");
        assertThatThrownBy(() -> staff.replaceTrainers(cohort.getId(), "Ana | a | b"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.arguments()[0]).isEqualTo(1));
        assertThat(staff.trainers(cohort.getId())).extracting(CohortStaff.Trainer::name)
                .containsExactly("Dra. Sri Handayani", "Budi Santoso");

        Account other = fixture.coordinatorOfAnotherCentre("balai-program");
        caller.authenticatedByToken(other);
        assertThat(programmes.mine()).isEmpty();
        assertThatThrownBy(() -> programmes.mine(saved.getId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> programmes.save(saved.getId(), draft("X", List.of(module("m01-konsep-pendampingan", 1, null)),
                Set.of(), null))).isInstanceOf(AccessDenied.class);
        assertThat(cohorts.programmesForMe()).extracting(Programme::getCode).doesNotContain(code).contains("PDP-DASAR");
        assertThatThrownBy(() -> cohorts.open(saved.getId(), "Angkatan curian", LocalDate.now(), LocalDate.now().plusDays(5),
                5, null, false)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("programme"));
        assertThatThrownBy(() -> staff.trainers(cohort.getId())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> staff.replaceTrainers(cohort.getId(), "Penyusup")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> staff.assignAssessors(cohort.getId(), Set.of())).isInstanceOf(AccessDenied.class);

        TraineeFixture.Trainee trainee = fixture.enrolledTrainee("program-peserta");
        caller.authenticatedByToken(fixture.account(trainee.username()));
        assertThatThrownBy(() -> programmes.mine()).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> programmes.save(null, draft("UJI-PESERTA", List.of(module("m01-konsep-pendampingan", 1, null)),
                Set.of(), null))).isInstanceOf(AccessDenied.class);

        caller.authenticatedByToken(fixture.account("koordinator"));
        assertThat(staff.trainers(cohort.getId())).as("nothing changed by the refused calls").hasSize(2);
        Long national = cohorts.programmesForMe().stream().filter(p -> p.getCode().equals("PDP-DASAR")).findFirst()
                .orElseThrow().getId();
        assertThatThrownBy(() -> programmes.mine(national)).as("a national programme is not the centre's to change")
                .isInstanceOf(AccessDenied.class);
    }

    private static CentreProgrammes.ModuleChoice module(String key, int order, BigDecimal jp) {
        return new CentreProgrammes.ModuleChoice(key, true, order, jp);
    }

    private static CentreProgrammes.Draft draft(String code, List<CentreProgrammes.ModuleChoice> modules, Set<String> quizzes,
                                                BigDecimal pass) {
        return new CentreProgrammes.Draft(code, "Pelatihan Uji " + code, "Test Training " + code, null, null, modules,
                quizzes, pass);
    }
}
