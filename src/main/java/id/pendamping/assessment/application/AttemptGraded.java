package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.QuizAttempt;
import java.math.BigDecimal;

/** Fired once per attempt, when it is graded, for the contexts that use results as evidence. */
public record AttemptGraded(Long attemptId, String quizCode, Long enrolmentId, BigDecimal percent, boolean passed,
                           QuizAttempt.ClosedBy closedBy) {
}
