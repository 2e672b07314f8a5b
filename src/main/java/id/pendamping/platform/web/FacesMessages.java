package id.pendamping.platform.web;

import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts text from the bundles on a page, next to a field or at the top. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows a refused input next to its field; the page's form id prefixes the field name. */
    public static void invalid(String formId, InvalidInput invalid) {
        add(formId + ":" + invalid.field(), FacesMessage.SEVERITY_ERROR, invalid.messageKey(), invalid.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
