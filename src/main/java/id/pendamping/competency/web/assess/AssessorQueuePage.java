package id.pendamping.competency.web.assess;

import id.pendamping.competency.application.AssessorWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /assess/index.xhtml: the assessor's queue of candidates, with what waits for them on each. */
@Named
@RequestScoped
public class AssessorQueuePage {

    @Inject
    AssessorWork work;

    private List<AssessorWork.QueueLine> lines;

    public List<AssessorWork.QueueLine> getLines() {
        if (lines == null) {
            lines = work.queue();
        }
        return lines;
    }
}
