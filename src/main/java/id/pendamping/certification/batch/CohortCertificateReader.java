package id.pendamping.certification.batch;

import id.pendamping.certification.application.BulkIssue;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the cohort's eligible trainees who still have no certificate. It keeps no checkpoint of its
 * own: the database is the checkpoint, so a restarted run reads exactly the ones left.
 */
@Named
@Dependent
public class CohortCertificateReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String cohort;

    @Inject
    BulkIssue bulkIssue;

    private Iterator<Long> remaining;

    @Override
    public void open(Serializable checkpoint) {
        remaining = bulkIssue.stillToIssue(Long.valueOf(cohort)).iterator();
    }

    @Override
    public Object readItem() {
        return remaining.hasNext() ? remaining.next() : null;
    }
}
