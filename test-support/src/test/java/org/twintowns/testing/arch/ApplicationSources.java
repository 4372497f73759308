package org.twintowns.testing.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The main sources of every module but this one (test tooling, run by tests only), for the rules on code. */
final class ApplicationSources {

    /** The repository's root: the tests run in test-support. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private ApplicationSources() {
    }

    /** Every application source file. */
    static List<Path> files() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(ApplicationSources::applicationSource).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path from the repository's root. */
    static String name(Path file) {
        return ROOT.relativize(file).toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean applicationSource(Path file) {
        Path relative = ROOT.relativize(file);
        return file.toString().endsWith(".java") && relative.getNameCount() > 4
                && !relative.getName(0).toString().equals("test-support")
                && relative.subpath(1, 4).equals(Path.of("src", "main", "java"));
    }
}
