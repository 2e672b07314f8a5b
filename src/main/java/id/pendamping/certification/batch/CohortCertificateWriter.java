package id.pendamping.certification.batch;

import id.pendamping.certification.application.BulkIssue;
import id.pendamping.platform.ClockProducer;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issues a chunk of certificates in the chunk's transaction. On a test server the job parameter
 * {@code crashAfter} makes it fail once that many certificates have been issued in this run, after
 * the last of them was stored but before its chunk commits: the crash a restart must recover from.
 */
@Named
@Dependent
public class CohortCertificateWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String cohort;

    @Inject
    @BatchProperty
    String issuedBy;

    @Inject
    @BatchProperty
    String crashAfter;

    @Inject
    BulkIssue bulkIssue;

    private int written;

    @Override
    public void writeItems(List<Object> items) {
        List<Long> enrolments = items.stream().map(Long.class::cast).toList();
        bulkIssue.issue(Long.valueOf(cohort), enrolments, issuedBy);
        written += enrolments.size();
        if (ClockProducer.ADJUSTABLE && crashAfter != null && !crashAfter.isBlank()
                && written >= Integer.parseInt(crashAfter)) {
            throw new IllegalStateException("simulated crash after " + written + " certificates (test server)");
        }
    }
}
