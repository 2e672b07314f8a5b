package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.CohortDashboard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /manage/cohort-dashboard.xhtml?c=N: the cohort at a glance, as bar charts with their numbers. */
@Named
@RequestScoped
public class CohortDashboardPage {

    @Inject
    CohortDashboard dashboards;

    private Long c;
    private CohortDashboard.Dashboard dashboard;

    public void load() {
        dashboard = dashboards.of(c);
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
