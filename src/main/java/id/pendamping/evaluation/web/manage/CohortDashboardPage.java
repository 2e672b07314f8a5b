package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.CohortDashboard;
import id.pendamping.evaluation.application.ImpactReviews;
import id.pendamping.evaluation.domain.ImpactReview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /manage/cohort-dashboard.xhtml?c=N: the cohort at a glance, as bar charts with their numbers. */
@Named
@RequestScoped
public class CohortDashboardPage {

    @Inject
    CohortDashboard dashboards;

    @Inject
    ImpactReviews impactReviews;

    private java.util.Optional<ImpactReview> latestImpact;
    private Long c;
    private CohortDashboard.Dashboard dashboard;
    private java.util.List<CohortDashboard.Bar> progressOverTime;

    public void load() {
        dashboard = dashboards.of(c);
        progressOverTime = dashboards.progressOverTime(c);
    }

    public java.util.List<CohortDashboard.Bar> getProgressOverTime() {
        return progressOverTime;
    }

    /** The latest impact review (level 4), read when the page shows it; null without one. */
    public ImpactReview getLatestImpact() {
        if (latestImpact == null) {
            latestImpact = impactReviews.latest(c);
        }
        return latestImpact.orElse(null);
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public CohortDashboard.Dashboard getDashboard() {
        return dashboard;
    }
}
