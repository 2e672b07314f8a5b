package id.pendamping.certification.application;

import id.pendamping.certification.domain.CertificateSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Numbers certificates without gaps: the centre's counter for the year moves in the transaction
 * that stores the certificate, under the counter row's lock, so issues are serialised per centre
 * and year and a rolled-back issue gives its number back. The rows it needs (a centre's settings
 * and its counter for the year) are created once, each in a transaction of its own, so two first
 * issues at once cannot both fail.
 */
@ApplicationScoped
public class CertificateNumbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowCreation rows;

    /** The centre's settings, created with the defaults on its first certificate. */
    public CertificateSettings settings(Long centreId) {
        CertificateSettings settings = em.find(CertificateSettings.class, centreId);
        if (settings == null) {
            createQuietly(() -> rows.createSettings(centreId));
            settings = em.find(CertificateSettings.class, centreId);
        }
        return settings;
    }

    /**
     * Takes {@code count} consecutive numbers of the centre's sequence for the year and returns the
     * first; the caller's transaction holds the counter until it ends.
     */
    @Transactional(TxType.MANDATORY)
    public int next(Long centreId, int year, int count) {
        if (increment(centreId, year, count) == 0) {
            createQuietly(() -> rows.createCounter(centreId, year));
            increment(centreId, year, count);
        }
        return ((Number) em.createNativeQuery("select last_number from certificate_counter "
                        + "where training_center_id = ?1 and issue_year = ?2")
                .setParameter(1, centreId).setParameter(2, year).getSingleResult()).intValue() - count + 1;
    }

    private int increment(Long centreId, int year, int count) {
        return em.createNativeQuery("update certificate_counter set last_number = last_number + ?3 "
                        + "where training_center_id = ?1 and issue_year = ?2")
                .setParameter(1, centreId).setParameter(2, year).setParameter(3, count).executeUpdate();
    }

    private static void createQuietly(Runnable creation) {
        try {
            creation.run();
        } catch (RuntimeException e) {
            // another transaction created the row first: it exists, which is all that is needed
        }
    }

    /** Creates the rows, each in a transaction of its own. */
    @ApplicationScoped
    public static class RowCreation {

        @PersistenceContext
        EntityManager em;

        @Transactional(TxType.REQUIRES_NEW)
        public void createSettings(Long centreId) {
            em.persist(CertificateSettings.defaultsFor(centreId));
            em.flush();
        }

        @Transactional(TxType.REQUIRES_NEW)
        public void createCounter(Long centreId, int year) {
            em.createNativeQuery("insert into certificate_counter (training_center_id, issue_year, last_number) values (?1, ?2, 0)")
                    .setParameter(1, centreId).setParameter(2, year).executeUpdate();
        }
    }
}
