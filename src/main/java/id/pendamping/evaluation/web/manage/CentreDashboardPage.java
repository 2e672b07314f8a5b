package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.CentreReports;
import id.pendamping.evaluation.domain.CentreTrend;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /manage/centre-dashboard.xhtml (the coordinator's own centre) and /admin/centre-dashboard.xhtml?centre=N
 * (any centre, picked from a list): the centre's latest cohorts side by side as bar charts, and every
 * cohort in a comparison table.
 */
@Named
@RequestScoped
public class CentreDashboardPage {

    @Inject
    CentreReports reports;

    @Inject
    Language language;

    private Long centre;
    private CentreReports.Centre data;
    private CentreTrend trend;
    private List<TrainingCenter> centres;

    public void load() {
        show(reports.mine());
    }

    public void loadForAdmin() {
        centres = reports.centres();
        if (centre != null) {
            show(reports.of(centre));
        }
    }

    private void show(CentreReports.Centre shown) {
        data = shown;
        trend = new CentreTrend(shown.lines().stream().map(l -> new CentreTrend.Point(l.cohort().getName(),
                l.cohort().getStartsOn(), l.figures())).toList(), language.getLocale());
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public CentreReports.Centre getData() {
        return data;
    }

    public CentreTrend getTrend() {
        return trend;
    }

    public List<TrainingCenter> getCentres() {
        return centres;
    }
}
