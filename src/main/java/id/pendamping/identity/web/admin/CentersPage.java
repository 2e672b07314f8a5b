package id.pendamping.identity.web.admin;

import id.pendamping.identity.application.TrainingCenterService;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/centers.xhtml: the training centres, and a form to register one. */
@Named
@RequestScoped
public class CentersPage {

    @Inject
    TrainingCenterService centers;

    private String code;
    private String name;
    private String city;

    public void create() {
        try {
            TrainingCenter created = centers.create(code, name, city);
            FacesMessages.info("admin.centers.created", created.getName());
            code = null;
            name = null;
            city = null;
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("create", invalid);
        }
    }

    public List<TrainingCenter> getCenters() {
        return centers.all();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
