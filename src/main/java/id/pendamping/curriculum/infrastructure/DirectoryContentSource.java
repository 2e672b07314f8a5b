package id.pendamping.curriculum.infrastructure;

import id.pendamping.curriculum.domain.ContentSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Content files in a folder on disk: the repository's modules/ or a folder an operator names. */
public class DirectoryContentSource implements ContentSource {

    private final Path root;

    public DirectoryContentSource(Path root) {
        this.root = root;
    }

    @Override
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    @Override
    public String describe() {
        return root.toAbsolutePath().toString();
    }
}
