package id.pendamping.certification.web;

import id.pendamping.certification.application.PublicRegister;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** mentors.xhtml?q=...&amp;p=N: the public register of certified mentors, searched with a plain GET form. */
@Named
@RequestScoped
public class MentorRegisterPage {

    @Inject
    PublicRegister register;

    private String q;
    private int p;
    private PublicRegister.Page page;

    public PublicRegister.Page getResults() {
        if (page == null) {
            page = register.search(q, p);
        }
        return page;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public boolean isTooShort() {
        return isSearched() && q.strip().length() < PublicRegister.MIN_QUERY;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getP() {
        return p;
    }

    public void setP(int p) {
        this.p = Math.max(0, Math.min(p, 10_000));
    }
}
