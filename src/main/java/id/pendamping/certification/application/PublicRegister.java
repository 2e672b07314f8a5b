package id.pendamping.certification.application;

import id.pendamping.certification.domain.Certificate;
import id.pendamping.certification.domain.CertificateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The public register of certified mentors: search by name or certificate number among the
 * certificates in force whose holders have not opted out. A page at a time; a search must be at
 * least three characters so the register cannot be listed wholesale.
 */
@ApplicationScoped
public class PublicRegister {

    public static final int PAGE_SIZE = 20;
    public static final int MIN_QUERY = 3;

    @PersistenceContext
    EntityManager em;

    /** One page of results and whether there are more. */
    public record Page(List<Certificate> certificates, int page, boolean more) {
    }

    @Transactional
    public Page search(String query, int page) {
        String text = query == null ? "" : query.strip();
        if (text.length() < MIN_QUERY || text.length() > 100) {
            return new Page(List.of(), 0, false);
        }
        int from = Math.max(page, 0) * PAGE_SIZE;
        List<Certificate> found = em.createQuery("select c from Certificate c, Account a where a.id = c.accountId "
                        + "and a.registerOptOut = false and c.status = :issued "
                        + "and (lower(c.holderName) like :name escape '!' or c.number = :number) "
                        + "order by c.holderName, c.issuedOn desc", Certificate.class)
                .setParameter("issued", CertificateStatus.ISSUED)
                .setParameter("name", "%" + escape(text.toLowerCase(Locale.ROOT)) + "%")
                .setParameter("number", text)
                .setFirstResult(from).setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = found.size() > PAGE_SIZE;
        return new Page(more ? found.subList(0, PAGE_SIZE) : found, Math.max(page, 0), more);
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
