package id.pendamping.curriculum.application;

import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.ContentValidation;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.CurriculumImportRecord;
import id.pendamping.curriculum.domain.CurriculumImportRecord.Outcome;
import id.pendamping.curriculum.domain.CurriculumImportRecord.Trigger;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.ModuleLoader;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Imports the curriculum from its files: validate everything, then write everything in one
 * transaction, or write nothing and keep the curriculum in service. Runs at start-up and when a
 * coordinator or an admin asks for a reload. Every attempt is recorded with what it found.
 */
@ApplicationScoped
public class CurriculumImport {

    private static final Logger LOG = Logger.getLogger(CurriculumImport.class.getName());

    @Inject
    CurriculumStore store;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<ContentValidation> validating;

    /** A reload asked for by a person: coordinators and admins only. */
    public CurriculumImportRecord reload(ContentSource source) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return importFrom(source, Trigger.MANUAL, caller.account().getUsername());
    }

    public CurriculumImportRecord importFrom(ContentSource source, Trigger trigger, String requestedBy) {
        Instant started = clock.instant();
        Curriculum curriculum;
        try {
            curriculum = new ModuleLoader().load(source);
            ContentValidation validation = new ContentValidation(source, curriculum);
            validating.fire(validation);
            if (!validation.problems().isEmpty()) {
                throw new InvalidContent(validation.problems());
            }
        } catch (InvalidContent invalid) {
            LOG.severe(() -> "Curriculum from " + source.describe() + " NOT imported; the curriculum in service is kept. "
                    + invalid.getMessage());
            String problems = invalid.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
            return store.record(new CurriculumImportRecord(started, source.describe(), trigger, Outcome.REJECTED, 0,
                    problems, requestedBy));
        }
        int changed = store.apply(source, curriculum, started);
        LOG.info(() -> "Curriculum from " + source.describe() + ": " + curriculum.modules().size() + " modules, "
                + changed + " changed");
        return store.record(new CurriculumImportRecord(started, source.describe(), trigger,
                changed == 0 ? Outcome.UNCHANGED : Outcome.IMPORTED, changed, null, requestedBy));
    }
}
