package org.twintowns.partnerships.importing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * The id an imported municipality gets from its official code: a name-based UUID (RFC 9562
 * version 5, SHA-1) of {@code "<country>:<code>"}, for instance {@code "DE:16053000"} for Jena.
 * Every installation that imports the Destatis list therefore gives Jena and Kassel the same ids,
 * so that tokens (the {@code municipalities} claim, see {@code docker/keycloak/}) can name them
 * before the registry exists. Anyone can recompute an id, e.g. in Python:
 * {@code uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "urn:twintowns:municipality"), "DE:16053000")}.
 */
public final class OfficialCodeIds {

    /** RFC 9562's namespace for URLs, in which our own namespace is named. */
    private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** The namespace of municipality ids: version 5 of "urn:twintowns:municipality" in NAMESPACE_URL. */
    public static final UUID MUNICIPALITY_NAMESPACE = nameBased(NAMESPACE_URL, "urn:twintowns:municipality");

    private OfficialCodeIds() {
    }

    /** The id of the municipality with this official code in this country (ISO 3166-1 alpha-2). */
    public static UUID municipality(String country, String officialCode) {
        return nameBased(MUNICIPALITY_NAMESPACE, country.toUpperCase(Locale.ROOT) + ":" + officialCode);
    }

    /**
     * The id of a borough of a city-state, which has no official code of its own: derived from the
     * city-state's code and the borough's name, {@code "DE:11000000:Neukölln"}.
     */
    public static UUID borough(String country, String cityCode, String name) {
        return nameBased(MUNICIPALITY_NAMESPACE, country.toUpperCase(Locale.ROOT) + ":" + cityCode + ":" + name);
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC's variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
