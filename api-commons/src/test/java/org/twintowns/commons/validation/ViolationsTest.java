package org.twintowns.commons.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;

/** The collector answers with every failure it was given, never only the first. */
class ViolationsTest {

    @Test
    void shouldReportEveryFailureItCollected() {
        Random random = new Random(18);
        for (int run = 0; run < 200; run++) {
            Violations violations = new Violations();
            List<Problem.FieldError> added = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String field = "field" + random.nextInt(5) + (random.nextBoolean() ? "[" + i + "].name" : "");
                String message = "breaks rule " + random.nextInt(3);
                if (random.nextBoolean()) {
                    violations.add(field, message);
                } else {
                    violations.check(false, field, message);
                }
                added.add(new Problem.FieldError(field, message));
            }
            violations.check(true, "never", "holds");

            Problem problem = assertThrows(ProblemException.class, violations::throwIfAny).problem();

            assertEquals(400, problem.status());
            assertEquals(added.stream().sorted(Comparator.comparing(Problem.FieldError::field)
                    .thenComparing(Problem.FieldError::message)).toList(), problem.errors());
            assertEquals(count == 1 ? "The request has 1 invalid field." : "The request has " + count + " invalid fields.",
                    problem.detail());
        }
    }

    @Test
    void shouldPassWhenNothingFailed() {
        Violations violations = new Violations();
        assertTrue(violations.check(true, "name", "must not be blank"));
        assertTrue(violations.isEmpty());
        violations.throwIfAny();
    }
}
