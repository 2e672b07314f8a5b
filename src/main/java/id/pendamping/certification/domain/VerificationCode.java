package id.pendamping.certification.domain;

import java.security.SecureRandom;

/**
 * The code in a certificate's QR link: 130 random bits in lower-case base32 (26 characters, no
 * vowels confusion beyond base32's own), never derived from the number, so nobody can guess the
 * code of another certificate from one they hold.
 */
public final class VerificationCode {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 26;

    private VerificationCode() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Whether a string could be a code at all; anything else is refused before touching the database. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
                return false;
            }
        }
        return true;
    }
}
