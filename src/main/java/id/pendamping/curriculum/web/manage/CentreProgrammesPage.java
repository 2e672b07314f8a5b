package id.pendamping.curriculum.web.manage;

import id.pendamping.curriculum.application.CentreProgrammes;
import id.pendamping.curriculum.domain.Programme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /manage/programmes.xhtml: the centre's own programmes. */
@Named
@RequestScoped
public class CentreProgrammesPage {

    @Inject
    CentreProgrammes programmes;

    private List<Programme> list;

    public List<Programme> getProgrammes() {
        if (list == null) {
            list = programmes.mine();
        }
        return list;
    }
}
