package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A list of values travels to SQL as one array, {@code = ANY(:ids)}, never as an {@code IN (:ids)} list of
 * parameters: Hibernate expands a collection into one parameter per value, so every length of the list is a
 * statement text of its own, prepared and planned on its own (a page of 20 news items and one of 8 looked up
 * their media with two statements, each planned at every bind: 0.16 ms a bind in the statement log). Found in
 * news' media, events' registration counts and webhooks' attempts and leases.
 *
 * <p>The client's own id filters ({@code ids=}) and news' owners went the same way, through a
 * {@code WhereClause}; its values key the totals a service keeps ({@code Totals}), which now read an array by
 * its elements.
 */
class ParameterListsTest {

    private static final Pattern IN_LIST = Pattern.compile("(?i)\\bIN\\s*\\(\\s*:(\\w+)\\s*\\)");

    @Test
    void noStatementTakesAListAsParameters() {
        List<String> lists = ApplicationSources.files().stream()
                .flatMap(file -> IN_LIST.matcher(code(file)).results()
                        .map(m -> ApplicationSources.name(file) + ":" + m.group(1)))
                .distinct().sorted().toList();
        assertEquals(List.of(), lists, "IN lists of parameters: pass one array, = ANY(:name)");
    }

    private static String code(Path file) {
        return JavaCode.withoutComments(ApplicationSources.read(file));
    }
}
