package id.pendamping.evaluation.web.learn;

import id.pendamping.evaluation.application.CohortSurveys;
import id.pendamping.evaluation.domain.SurveyKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The follow-up surveys open to the trainee, linked from their training home beside each cohort. */
@Named
@RequestScoped
public class FollowUpSurveys {

    @Inject
    CohortSurveys surveys;

    public List<SurveyKind> due(Long enrolmentId) {
        return surveys.dueFollowUps(enrolmentId);
    }
}
