package id.pendamping.assessment.web;

import id.pendamping.assessment.application.ItemView;
import id.pendamping.assessment.application.QuizCatalog;
import id.pendamping.assessment.application.QuizCatalog.AttemptView;
import id.pendamping.assessment.application.QuizCatalog.ShownItem;
import id.pendamping.assessment.domain.AttemptAnswer;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * /learn/quiz.xhtml?a=ATTEMPT: the attempt, rendered whole by the server in the order fixed at its
 * start, with the answers saved so far. A stateless view: quiz.js saves each answer through the API
 * as it is given, keeps what it could not send in the browser, and shows the server's deadline.
 * A closed attempt goes to its result instead.
 */
@Named
@RequestScoped
public class QuizAttemptPage {

    @Inject
    QuizCatalog catalog;

    @Inject
    Language language;

    private Long attempt;
    private AttemptView view;
    private List<ItemView> items;

    public void load() throws IOException {
        view = catalog.view(attempt);
        if (!view.attempt().isOpen()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learn/result.xhtml?a=" + attempt);
            return;
        }
        items = view.items().stream().map(this::itemView).toList();
    }

    private ItemView itemView(ShownItem shown) {
        AttemptAnswer saved = view.answers().get(shown.position());
        return ItemView.of(shown, language.getLocale(), saved == null ? "" : saved.getResponse(),
                saved == null ? 0 : saved.getSequence());
    }

    public AttemptView getView() {
        return view;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public String getTitle() {
        return view == null ? "" : view.quiz().title(language.getLocale());
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
