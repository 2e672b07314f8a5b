package id.pendamping.curriculum.domain;

import java.util.List;

/** Where the content files come from: a folder on disk, or the copy packaged in the WAR. */
public interface ContentSource {

    /** Paths relative to the modules folder, with "/" separators, sorted. */
    List<String> files();

    String read(String path);

    /** Where the files are, for messages. */
    String describe();
}
