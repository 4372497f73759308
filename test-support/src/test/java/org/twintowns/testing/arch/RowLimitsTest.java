package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A page's row limit and offset are written into the statement as numbers ({@code SqlPage}), in native SQL and in
 * HQL alike, never given to Hibernate to send as parameters: with {@code LIMIT $n} PostgreSQL plans for any limit,
 * assumes a tenth of the table, and so plans the statement anew at every execution. Found in the native pages
 * (issue 21), and later in events' HQL pages (Panache's {@code range} and {@code page}, JPA's {@code setMaxResults}),
 * where {@code KeptReadPlansTest} caught it only once autovacuum had analysed the table. This rule catches every
 * such call in every service, whatever the tables hold. Panache's {@code firstResult()} (a look-up by key, at most
 * one row) is not a page and is left to Hibernate.
 */
class RowLimitsTest {

    private static final Pattern ROW_LIMIT_AS_PARAMETER = Pattern.compile(
            "(?<!(?:Int|Long)Stream)\\.range\\(|\\.setMaxResults\\(|\\.setFirstResult\\("
                    + "|import io\\.quarkus\\.panache\\.common\\.Page;");

    @Test
    void noPageSendsItsLimitOrOffsetAsAParameter() {
        List<String> found = ApplicationSources.files().stream()
                .flatMap(file -> ROW_LIMIT_AS_PARAMETER.matcher(code(file)).results()
                        .map(m -> ApplicationSources.name(file) + ": " + m.group()))
                .distinct().sorted().toList();
        assertEquals(List.of(), found, "row limits sent as parameters: write them into the statement with SqlPage.of");
    }

    private static String code(Path file) {
        return JavaCode.withoutComments(ApplicationSources.read(file));
    }
}
