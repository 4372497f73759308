package org.twintowns.events.support;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.twintowns.testing.stub.ReferenceStub;

/** The records of partnerships-service that tests refer to, as {@link ReferenceStub} stands in for it. */
public final class Partners {

    private static final String ORGANIZER = UUID.randomUUID().toString();

    private Partners() {
    }

    /** A new municipality id the stub knows (in Germany). */
    public static String municipality() {
        return UUID.randomUUID().toString();
    }

    /** A municipality the stub knows, in the given country. */
    public static String municipalityIn(String country) {
        return ReferenceStub.municipalityIn(country).toString();
    }

    /** A new partnership id the stub knows. */
    public static String partnership() {
        return UUID.randomUUID().toString();
    }

    /** A municipality or partnership id the stub does not know. */
    public static String unknown() {
        return ReferenceStub.unknown().toString();
    }

    /** One known municipality shared by tests that only need some valid organizer. */
    public static String organizer() {
        return ORGANIZER;
    }

    /** normal, slow (answers after the application's deadline) or broken (closes every connection). */
    public static void mode(String mode) {
        ReferenceStub.mode(ReferenceStub.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
    }

    /** A new municipality whose look-ups the stub holds until {@link #release} (at most 15 seconds). */
    public static String heldMunicipality() {
        return ReferenceStub.held().toString();
    }

    /** Waits until a look-up of the held municipality has reached the stub and is held there. */
    public static void awaitHeldLookUp(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ReferenceStub.waiting(UUID.fromString(id)) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No look-up of municipality " + id + " reached the stub");
            }
            Thread.sleep(20);
        }
    }

    /** Lets the stub answer the held look-ups of the municipality. */
    public static void release(String id) {
        ReferenceStub.release(UUID.fromString(id));
    }
}
