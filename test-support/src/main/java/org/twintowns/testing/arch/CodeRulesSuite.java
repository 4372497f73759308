package org.twintowns.testing.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shape every service keeps: its feature packages depend on each other one way, and no
 * database transaction waits for another service. A service's test extends this; it reads the
 * module's sources and compiled classes, and starts nothing.
 */
public abstract class CodeRulesSuite {

    private final String basePackage;
    private final Class<?> askingType;
    private final String askingMethod;

    /** For a service that asks no other. */
    protected CodeRulesSuite(String basePackage) {
        this(basePackage, null, null);
    }

    /**
     * @param basePackage  the service's base package, such as {@code org.twintowns.events}
     * @param askingType   with {@code askingMethod}, a write that asks another service before its
     *                     transaction: the rule must see that call, or it would not see one inside a
     *                     transaction either (say, once the client has moved)
     */
    protected CodeRulesSuite(String basePackage, Class<?> askingType, String askingMethod) {
        this.basePackage = basePackage;
        this.askingType = askingType;
        this.askingMethod = askingMethod;
    }

    /** The service's features; a service overrides this to tolerate a known dependency for now. */
    protected FeatureDependencies features() {
        return FeatureDependencies.of(basePackage);
    }

    @Test
    void shouldKeepEachDependencyBetweenFeaturesOneWay() {
        features().assertOneDirection();
    }

    @Test
    void shouldCallNoOtherServiceInsideATransaction() {
        TransactionBoundaries boundaries = TransactionBoundaries.ofModule();
        assertFalse(boundaries.transactionalMethods().isEmpty(), "No transactional method in target/classes");
        boundaries.assertNoRemoteCallInTransaction();
        if (askingType != null) {
            assertTrue(boundaries.remoteCallFrom(askingType, askingMethod).isPresent(),
                    askingType.getSimpleName() + "." + askingMethod + " is no longer seen to ask another service");
        }
    }
}
