package org.twintowns.events.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Test-side controls of {@link StubPartnerships}. */
public final class Partners {

    private static volatile String organizer;

    private Partners() {
    }

    /** A new municipality id the stub knows. */
    public static String municipality() {
        String id = UUID.randomUUID().toString();
        control("municipalities/" + id);
        return id;
    }

    /** A new partnership id the stub knows. */
    /** A municipality the stub knows, in the given country. */
    public static String municipalityIn(String country) {
        String id = UUID.randomUUID().toString();
        control("municipalities/" + id + "?country=" + country);
        return id;
    }

    public static String partnership() {
        String id = UUID.randomUUID().toString();
        control("partnerships/" + id);
        return id;
    }

    /** One known municipality shared by tests that only need some valid organizer. */
    public static String organizer() {
        if (organizer == null) {
            organizer = municipality();
        }
        return organizer;
    }

    /** A new municipality whose look-ups the stub holds until {@link #release} (at most 15 seconds). */
    public static String heldMunicipality() {
        String id = UUID.randomUUID().toString();
        control("municipalities/" + id + "?held=true");
        return id;
    }

    /** Waits until a look-up of the held municipality has reached the stub and is held there. */
    public static void awaitHeldLookUp(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Integer.parseInt(given().get(stub() + "/stub/waiting/" + id).then().statusCode(200)
                .extract().asString()) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No look-up of municipality " + id + " reached the stub");
            }
            Thread.sleep(20);
        }
    }

    /** Lets the stub answer the held look-ups of the municipality. */
    public static void release(String id) {
        control("release/" + id);
    }

    /** normal, slow (answers after the client's deadline) or broken (closes every connection). */
    public static void mode(String mode) {
        control("mode/" + mode);
    }

    private static void control(String path) {
        given().post(stub() + "/stub/" + path).then().statusCode(204);
    }

    private static String stub() {
        return System.getProperty(StubPartnerships.URL_PROPERTY);
    }
}
