package id.pendamping.evaluation.application;

import id.pendamping.evaluation.domain.SurveyQuestions;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Each centre's survey templates (reaction, follow-up), edited by its coordinators; the platform's
 * default until a centre saves its own. Existing responses keep their answers by question position.
 */
@ApplicationScoped
public class SurveyTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A template: its text as written, whether responses are anonymous, and its questions. */
    public record Template(String text, boolean anonymous, List<SurveyQuestions.Question> questions) {
    }

    @Transactional
    public Template mine() {
        return mine(SurveyKind.Template.REACTION);
    }

    @Transactional
    public Template mine(SurveyKind.Template kind) {
        caller.require(Role.COORDINATOR);
        return of(caller.account().getTrainingCenter().getId(), kind);
    }

    /** Saves the coordinator's centre's template; a template with a problem saves nothing and names the line. */
    @Transactional
    public void save(String text, boolean anonymous) {
        save(SurveyKind.Template.REACTION, text, anonymous);
    }

    @Transactional
    public void save(SurveyKind.Template kind, String text, boolean anonymous) {
        caller.require(Role.COORDINATOR);
        SurveyQuestions.Parsed parsed = SurveyQuestions.parse(text);
        if (!parsed.valid()) {
            SurveyQuestions.Problem problem = parsed.problems().get(0);
            throw new InvalidInput("questions", problem.messageKey(), problem.line());
        }
        Long centre = caller.account().getTrainingCenter().getId();
        em.createNativeQuery("delete from survey_template where training_center_id = ?1 and kind = ?2")
                .setParameter(1, centre).setParameter(2, kind.name()).executeUpdate();
        em.createNativeQuery("insert into survey_template (training_center_id, kind, questions, anonymous, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, centre).setParameter(2, kind.name())
                .setParameter(3, text.strip()).setParameter(4, anonymous).setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** The reaction template that applies to a centre's cohorts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Template of(Long centreId) {
        return of(centreId, SurveyKind.Template.REACTION);
    }

    /** The template of a kind that applies to a centre's cohorts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Template of(Long centreId, SurveyKind.Template kind) {
        List<?> rows = em.createNativeQuery("select questions, anonymous from survey_template where training_center_id = ?1 "
                + "and kind = ?2").setParameter(1, centreId).setParameter(2, kind.name()).getResultList();
        if (rows.isEmpty()) {
            String text = defaultText(kind);
            return new Template(text, true, SurveyQuestions.parse(text).questions());
        }
        Object[] row = (Object[]) rows.get(0);
        String text = (String) row[0];
        return new Template(text, (Boolean) row[1], SurveyQuestions.parse(text).questions());
    }

    private static String defaultText(SurveyKind.Template kind) {
        String file = kind == SurveyKind.Template.REACTION ? "reaction-default.txt" : "follow-up-default.txt";
        try (InputStream in = SurveyTemplates.class.getResourceAsStream("/surveys/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
