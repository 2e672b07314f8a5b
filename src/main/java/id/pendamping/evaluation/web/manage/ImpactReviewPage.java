package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.ImpactReviews;
import id.pendamping.evaluation.domain.ImpactField;
import id.pendamping.evaluation.domain.ImpactHorizon;
import id.pendamping.evaluation.domain.ImpactReview;
import id.pendamping.evaluation.domain.ImpactReviewForm;
import id.pendamping.evaluation.domain.ImpactType;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * /manage/impact-review.xhtml?c=COHORT: the cohort's impact reviews (level 4), newest first, and a
 * form to record a new one or revise one; deleting asks first.
 */
@Named
@ViewScoped
public class ImpactReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "review";
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(Calendars.ZONE);

    @Inject
    transient ImpactReviews reviews;

    private Long c;
    private ImpactReviewForm form;
    /** The review being revised; null while recording a new one. */
    private Long editing;
    private transient ImpactReviews.Overview overview;

    public void load() {
        overview = reviews.of(c);
        if (form == null) {
            form = reviews.newForm(c);
        }
    }

    public void save() {
        try {
            if (editing == null) {
                reviews.record(c, form);
                FacesMessages.info("impact.recorded");
            } else {
                reviews.revise(editing, form);
                FacesMessages.info("impact.revised");
            }
            startNew();
        } catch (InvalidInput invalid) {
            if ("review".equals(invalid.field())) {
                FacesMessages.error(invalid.messageKey(), invalid.arguments());
            } else {
                FacesMessages.invalid(FORM, new InvalidInput(clientField(invalid.field()), invalid.messageKey(),
                        invalid.arguments()));
            }
        }
    }

    public void edit(Long reviewId) {
        form = reviews.form(reviewId);
        editing = reviewId;
    }

    public void cancel() {
        startNew();
    }

    public void delete(Long reviewId) {
        reviews.delete(reviewId);
        if (reviewId.equals(editing)) {
            startNew();
        }
        overview = null;
        FacesMessages.info("impact.deleted");
    }

    private void startNew() {
        form = reviews.newForm(c);
        editing = null;
        overview = null;
    }

    /** A note's field names its impact type; on the page it is that type's line of the repeat. */
    private static String clientField(String field) {
        if (field.startsWith("note.")) {
            return "lines:" + ImpactType.valueOf(field.substring(5)).ordinal() + ":note";
        }
        return field;
    }

    public String recordedAt(Instant at) {
        return RECORDED_AT.format(at);
    }

    public ImpactReviews.Overview getOverview() {
        if (overview == null) {
            overview = reviews.of(c);
        }
        return overview;
    }

    public List<ImpactReview> getReviews() {
        return getOverview().reviews();
    }

    public ImpactHorizon[] getHorizons() {
        return ImpactHorizon.values();
    }

    public ImpactField[] getFields() {
        return ImpactField.values();
    }

    public ImpactType[] getTypes() {
        return ImpactType.values();
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public ImpactReviewForm getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }
}
