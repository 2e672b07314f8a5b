package id.pendamping.platform;

/**
 * Free text a person typed, stripped and bounded, refused with the field's own message when it is
 * missing or too long; so every use case says the same thing about the same mistake.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Required text; {@code requiredKey} names the missing field, the length message gives the limit. */
    public static String required(String value, String field, String requiredKey, String tooLongKey, int max) {
        String text = optional(value, field, tooLongKey, max);
        if (text.isEmpty()) {
            throw new InvalidInput(field, requiredKey, max);
        }
        return text;
    }

    /** Optional text: empty when nothing was typed. */
    public static String optional(String value, String field, String tooLongKey, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidInput(field, tooLongKey, max);
        }
        return text;
    }
}
