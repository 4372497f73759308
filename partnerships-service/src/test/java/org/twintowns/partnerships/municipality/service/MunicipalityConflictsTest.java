package org.twintowns.partnerships.municipality.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A unique violation is reported as the conflict it is, and only the ones a client can cause as a conflict. */
class MunicipalityConflictsTest {

    private static ConstraintViolationException violationOf(String constraint) {
        return new ConstraintViolationException("duplicate key", new SQLException("duplicate key", "23505"), constraint);
    }

    @Test
    void shouldNameTheSlugTheWikidataIdOrTheOfficialCodeThatIsTaken() {
        assertEquals("A municipality with this slug already exists.",
                MunicipalityConflicts.of(violationOf("municipality_slug_unique")).orElseThrow().getMessage());
        assertEquals("A municipality with this Wikidata id already exists.",
                MunicipalityConflicts.of(violationOf("municipality_wikidata_unique")).orElseThrow().getMessage());
        assertEquals("A municipality with this official code already exists.",
                MunicipalityConflicts.of(violationOf("municipality_official_code_unique")).orElseThrow().getMessage());
    }

    @Test
    void shouldNotReportAnyOtherUniqueIndexAsATakenSlug() {
        assertTrue(MunicipalityConflicts.of(violationOf("municipality_name_unique")).isEmpty());
        assertTrue(MunicipalityConflicts.of(new RuntimeException("wrapped", violationOf(null))).isEmpty());
    }
}
