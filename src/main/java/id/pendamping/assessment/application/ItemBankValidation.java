package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.QuizLoader;
import id.pendamping.curriculum.domain.ContentValidation;
import id.pendamping.curriculum.domain.InvalidContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Checks the item bank (every module's items.yaml) and the quizzes (quizzes.yaml) whenever the
 * content folder is validated, so a broken item or a quiz the bank cannot fill stops the whole
 * import with its file and line, like a broken lesson does.
 */
@ApplicationScoped
public class ItemBankValidation {

    void validate(@Observes ContentValidation validation) {
        List<Item> bank;
        try {
            bank = new ItemBankLoader().load(validation.source(), validation.curriculum());
        } catch (InvalidContent invalid) {
            validation.report(invalid.problems());
            return;
        }
        try {
            new QuizLoader().load(validation.source(), validation.curriculum(), bank);
        } catch (InvalidContent invalid) {
            validation.report(invalid.problems());
        }
    }
}
