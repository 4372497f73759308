package org.twintowns.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A problem never exceeds the lengths its contract states, even when it echoes long input. */
class ProblemLimitsTest {

    @Test
    void shouldCutLongTextsToTheirLimitsWithAnEllipsis() {
        Problem problem = new Problem(URI.create("about:blank"), "t".repeat(500), 400, "d".repeat(5000),
                "/" + "p".repeat(9000), null, null);
        assertEquals(Problem.MAX_TITLE_LENGTH, problem.title().length());
        assertEquals(Problem.MAX_DETAIL_LENGTH, problem.detail().length());
        assertEquals(Problem.MAX_INSTANCE_LENGTH, problem.instance().length());
        assertTrue(problem.detail().endsWith("…"));
    }

    @Test
    void shouldKeepTheFirstErrorsOnlyAndCutTheirTexts() {
        List<Problem.FieldError> errors = IntStream.range(0, 150)
                .mapToObj(i -> new Problem.FieldError("f" + i + "x".repeat(400), "m".repeat(2000))).toList();
        Problem problem = ProblemType.VALIDATION_FAILED.problem(400, "many").withRequest("/x", "id");
        problem = new Problem(problem.type(), problem.title(), 400, "many", "/x", "id", errors);
        assertEquals(Problem.MAX_ERRORS, problem.errors().size());
        assertTrue(problem.errors().get(0).field().startsWith("f0"));
        assertEquals(Problem.MAX_FIELD_LENGTH, problem.errors().get(0).field().length());
        assertEquals(Problem.MAX_MESSAGE_LENGTH, problem.errors().get(0).message().length());
    }

    @Test
    void shouldNeverSplitACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(Problem.MAX_TITLE_LENGTH - 2) + "😀😀";
        String cut = new Problem(URI.create("about:blank"), text, 400, null, null, null, null).title();
        assertTrue(cut.length() <= Problem.MAX_TITLE_LENGTH);
        assertTrue(cut.endsWith("a…"));
    }

    @Test
    void shouldRefuseAProblemTypeLongerThanTheContractSays() {
        assertThrows(IllegalArgumentException.class, () -> ProblemType.of("x".repeat(200), "Too long"));
    }

    @Test
    void shouldLeaveShortProblemsAlone() {
        Problem problem = ProblemType.CONFLICT.problem(409, "Taken.");
        assertEquals("Taken.", problem.detail());
        assertEquals("Conflict", problem.title());
    }
}
