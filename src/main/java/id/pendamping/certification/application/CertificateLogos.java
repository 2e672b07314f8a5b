package id.pendamping.certification.application;

import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.platform.Hashes;
import id.pendamping.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The centres' logos, read when certificates are drawn; written by the centre's settings. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CertificateLogos {

    @PersistenceContext
    EntityManager em;

    public Optional<CertificateLogo> of(Long centreId) {
        List<?> rows = em.createNativeQuery("select media_type, image from certificate_logo where training_center_id = ?1")
                .setParameter(1, centreId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CertificateLogo((String) r[0], SqlValues.bytes(r[1]))).findFirst();
    }

    public void save(Long centreId, CertificateLogo logo, Instant at) {
        remove(centreId);
        em.createNativeQuery("insert into certificate_logo (training_center_id, media_type, image, sha256, uploaded_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, centreId).setParameter(2, logo.mediaType())
                .setParameter(3, logo.image()).setParameter(4, Hashes.sha256(logo.image()))
                .setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    public void remove(Long centreId) {
        em.createNativeQuery("delete from certificate_logo where training_center_id = ?1").setParameter(1, centreId)
                .executeUpdate();
    }
}
