package id.pendamping.platform;

/**
 * The address the public reaches the platform at (system property pendamping.public-url, set from
 * the environment by wildfly-config), for links that leave the browser: QR codes and mail.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    public static String base() {
        return System.getProperty("pendamping.public-url", "http://localhost:8080").replaceAll("/+$", "");
    }

    /** An absolute link to a path of the platform, e.g. "/learn/". */
    public static String of(String path) {
        return base() + path;
    }
}
