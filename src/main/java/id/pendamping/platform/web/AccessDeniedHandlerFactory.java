package id.pendamping.platform.web;

import id.pendamping.platform.AccessDenied;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * JSF wraps an exception thrown in a page action in its own exceptions, which hides it from
 * web.xml's error-page mapping. This handler finds {@link AccessDenied} in the chain and answers
 * 403, so a changed id in a URL shows the friendly "access denied" page, not a server error.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

    public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable cause = events.next().getContext().getException();
                while (cause != null && !(cause instanceof AccessDenied)) {
                    cause = cause.getCause();
                }
                if (cause != null) {
                    events.remove();
                    forbid();
                }
            }
            getWrapped().handle();
        }

        private static void forbid() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getResponseComplete()) {
                return;
            }
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
