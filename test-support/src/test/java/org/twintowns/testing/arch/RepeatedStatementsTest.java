package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every statement the applications run, they run prepared. Through a plain {@code Statement} the driver
 * sends the text unnamed, and PostgreSQL parses and plans it at every run: the change feed's head, read
 * four times a second by every waiting long poll, was parsed and planned at each read, as were the list
 * watermark and the exports' version. A prepared statement is one plan per connection from the driver's
 * fifth run on. Flyway's Java migrations run once and may use a plain Statement.
 */
class RepeatedStatementsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noApplicationCodeRunsAPlainStatement() throws IOException {
        List<String> plain;
        try (Stream<Path> files = Files.walk(ROOT)) {
            plain = files.filter(RepeatedStatementsTest::applicationSource)
                    .filter(file -> {
                        String code = read(file);
                        return code.contains(".createStatement(") && !code.contains("extends BaseJavaMigration");
                    })
                    .map(file -> ROOT.relativize(file).toString()).sorted().toList();
        }
        assertEquals(List.of(), plain, "plain Statements in application code: use prepareStatement");
    }

    /** The main sources of every module but this one (test tooling, run by tests only). */
    private static boolean applicationSource(Path file) {
        Path relative = ROOT.relativize(file);
        return file.toString().endsWith(".java") && relative.getNameCount() > 4
                && !relative.getName(0).toString().equals("test-support")
                && relative.subpath(1, 4).equals(Path.of("src", "main", "java"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
