package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statement the applications run, they run prepared. Through a plain {@code Statement} the driver
 * sends the text unnamed, and PostgreSQL parses and plans it at every run: the change feed's head, read
 * four times a second by every waiting long poll, was parsed and planned at each read, as were the list
 * watermark and the exports' version. A prepared statement is one plan per connection from the driver's
 * fifth run on. Flyway's Java migrations run once and may use a plain Statement.
 */
class RepeatedStatementsTest {

    @Test
    void noApplicationCodeRunsAPlainStatement() {
        List<String> plain = ApplicationSources.files().stream()
                .filter(file -> {
                    String code = ApplicationSources.read(file);
                    return code.contains(".createStatement(") && !code.contains("extends BaseJavaMigration");
                })
                .map(ApplicationSources::name).sorted().toList();
        assertEquals(List.of(), plain, "plain Statements in application code: use prepareStatement");
    }
}
