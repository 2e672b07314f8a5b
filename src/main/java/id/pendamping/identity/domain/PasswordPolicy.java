package id.pendamping.identity.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The minimum strength of a password chosen by a person: long enough, not a single kind of
 * character, and not made from the person's own name or email. Returns the bundle key of the first
 * rule broken, so the form can say exactly what is wrong in the reader's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problemWith(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personalWords) {
            if (word == null) {
                continue;
            }
            for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4 && lower.contains(part)) {
                    return Optional.of("password.personal");
                }
            }
        }
        return Optional.empty();
    }
}
