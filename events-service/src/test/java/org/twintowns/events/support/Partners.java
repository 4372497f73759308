package org.twintowns.events.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

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

    /** normal, slow (answers after the client's deadline) or broken (closes every connection). */
    public static void mode(String mode) {
        control("mode/" + mode);
    }

    private static void control(String path) {
        given().post(System.getProperty(StubPartnerships.URL_PROPERTY) + "/stub/" + path).then().statusCode(204);
    }
}
