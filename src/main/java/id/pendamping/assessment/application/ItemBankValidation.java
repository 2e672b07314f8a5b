package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.curriculum.domain.ContentValidation;
import id.pendamping.curriculum.domain.InvalidContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks the item bank (every module's items.yaml) whenever the content folder is validated, so a
 * broken item stops the whole import with its file and line, like a broken lesson does.
 */
@ApplicationScoped
public class ItemBankValidation {

    void validate(@Observes ContentValidation validation) {
        try {
            new ItemBankLoader().load(validation.source(), validation.curriculum());
        } catch (InvalidContent invalid) {
            validation.report(invalid.problems());
        }
    }
}
