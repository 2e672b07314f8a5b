package id.pendamping.platform;

/**
 * Input a person gave that a use case refuses. Names the field and a bundle key, so the page shows
 * the reason next to the field in the reader's language; nothing has been changed when it is thrown.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
