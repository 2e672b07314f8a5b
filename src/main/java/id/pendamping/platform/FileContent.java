package id.pendamping.platform;

import org.apache.tika.Tika;

/**
 * The type of an uploaded file, found from its bytes (Apache Tika's magic numbers) and never from
 * its name, so an executable renamed ".pdf" or ".png" is known for what it is.
 */
public final class FileContent {

    private static final Tika TIKA = new Tika();

    private FileContent() {
    }

    /** The media type of the content, such as "application/pdf" or "application/x-msdownload". */
    public static String detect(byte[] content) {
        return TIKA.detect(content);
    }
}
