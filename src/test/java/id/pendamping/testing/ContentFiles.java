package id.pendamping.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's modules/ folder, and copies of it that a test may break. */
public final class ContentFiles {

    public static final Path MODULES = Path.of("modules");

    private ContentFiles() {
    }

    /** Copies modules/ into {@code folder}/modules and returns the copy. */
    public static Path copyOfModules(Path folder) throws IOException {
        Path target = folder.resolve("modules");
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(MODULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
