package id.pendamping.curriculum.infrastructure;

import id.pendamping.curriculum.domain.ContentSource;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The copy of modules/ packaged in the WAR (under /WEB-INF/modules), read through the servlet context. */
public class WarContentSource implements ContentSource {

    public static final String ROOT = "/WEB-INF/modules/";

    private final ServletContext context;

    public WarContentSource(ServletContext context) {
        this.context = context;
    }

    @Override
    public List<String> files() {
        List<String> files = new ArrayList<>();
        collect(ROOT, files);
        files.sort(null);
        return files;
    }

    private void collect(String folder, List<String> files) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(path, files);
            } else {
                files.add(path.substring(ROOT.length()));
            }
        }
    }

    @Override
    public String read(String path) {
        try (InputStream in = context.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("No content file " + path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    @Override
    public String describe() {
        return "WAR " + ROOT;
    }
}
