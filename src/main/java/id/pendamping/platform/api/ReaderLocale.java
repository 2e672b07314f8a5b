package id.pendamping.platform.api;

import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language to answer an API call in: the account's choice, else Accept-Language, else Indonesian. */
@RequestScoped
public class ReaderLocale {

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    public Locale get() {
        try {
            String chosen = caller.findAccount().map(Account::getLocale).orElse(null);
            if (chosen != null) {
                return Locale.forLanguageTag(chosen);
            }
        } catch (RuntimeException e) {
            // no account to read the choice from: fall back to the request's languages
        }
        boolean englishFirst = headers != null && !headers.getAcceptableLanguages().isEmpty()
                && "en".equals(headers.getAcceptableLanguages().get(0).getLanguage());
        return englishFirst ? Locale.ENGLISH : Messages.INDONESIAN;
    }
}
