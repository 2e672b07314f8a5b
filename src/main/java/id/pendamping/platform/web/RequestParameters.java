package id.pendamping.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Reading ids from plain servlet requests: anything that is not a positive whole number is no id. */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static Long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }
}
