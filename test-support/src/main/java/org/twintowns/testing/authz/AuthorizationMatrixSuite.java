package org.twintowns.testing.authz;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests every service runs on its {@link AuthorizationMatrix}: the matrix names every write
 * its contract documents, and each write, tried by every kind of caller, succeeds exactly for
 * the callers the matrix allows and changes nothing for the others. A service's suite extends
 * this (as a {@code @QuarkusTest}) and gives its matrix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuthorizationMatrixSuite {

    /** The service's writes, who may make them, and how to tell whether one changed anything. */
    protected abstract AuthorizationMatrix matrix();

    Stream<Arguments> cases() {
        return matrix().cases();
    }

    @Test
    void shouldHaveAMatrixEntryForEveryDocumentedWrite() {
        matrix().assertCovers(WriteOperations.documented());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void shouldLetOnlyAuthorizedCallersWrite(String operation, String caller) {
        matrix().check(operation, caller);
    }
}
