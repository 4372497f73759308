package org.twintowns.commons.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;

/**
 * Entity tags derived from an entity's optimistic-locking version, and the conditional request
 * rules of RFC 9110 section 13 built on them: {@code If-Match} guards writes, so that two clients
 * editing the same record never silently overwrite each other; {@code If-None-Match} lets reads
 * answer 304.
 */
public final class ETags {

    public static final ProblemType PRECONDITION_REQUIRED = ProblemType.of("precondition-required",
            "Precondition required");
    public static final ProblemType PRECONDITION_FAILED = ProblemType.PRECONDITION_FAILED;
    /** The longest tag of a version: a quoted long ({@code "9223372036854775807"}). */
    public static final int MAX_VERSION_TAG_LENGTH = 21;
    /** 96 bits of a body's SHA-256: no two bodies a client could hold collide, and the tag stays short. */
    private static final int DIGEST_OCTETS = 12;
    /** The longest If-Match or If-None-Match accepted: room for dozens of tags, refused (400) beyond. */
    public static final int MAX_HEADER_LENGTH = 1024;

    private ETags() {
    }

    /** The strong entity tag of a version, quoted as it goes into the header: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The entity tag of a body that has no version (a calendar): a digest of its bytes, so the same
     * text always has the same tag.
     */
    public static String ofContent(byte[] body, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body, 0, length);
            byte[] digest = Arrays.copyOf(sha.digest(), DIGEST_OCTETS);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * {@link #ofContent} as a weak tag, for bodies serialized by the framework (lists, maps): another
     * encoding of the same data (gzip) is semantically the same answer.
     */
    public static String weakOfContent(byte[] body, int length) {
        return "W/" + ofContent(body, length);
    }

    /**
     * True when {@code If-None-Match} names {@code etag} or is {@code *}, by weak comparison (RFC
     * 9110 section 8.8.3.2); a header longer than {@link #MAX_HEADER_LENGTH} names nothing.
     */
    public static boolean namedIn(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || ifNoneMatch.length() > MAX_HEADER_LENGTH) {
            return false;
        }
        String opaque = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * Checks {@code If-Match} before a change: missing gives 428, a tag other than the current
     * version gives 412, and {@code *} matches any existing record.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        checkLength("If-Match", ifMatch);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(PRECONDITION_REQUIRED, 428,
                    "Send If-Match with the ETag of the version you are changing, so that no concurrent change is lost.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(PRECONDITION_FAILED, 412,
                    "The record has changed since you read it (its ETag is now " + of(currentVersion)
                            + "). Read it again and reapply your change.");
        }
    }

    /** True when {@code If-None-Match} names the current version, so the client's copy is fresh (304). */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        checkLength("If-None-Match", ifNoneMatch);
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, currentVersion);
    }

    /** Refuses a header longer than the contracts say (400), before any work is done with it. */
    public static void checkLength(String header, String value) {
        if (value != null && value.length() > MAX_HEADER_LENGTH) {
            throw ProblemException.invalidField(header, "must be at most " + MAX_HEADER_LENGTH + " characters");
        }
    }

    private static boolean matches(String header, long version) {
        String current = of(version);
        return Arrays.stream(header.split(","))
                .map(String::trim)
                // Weak comparison for reads; our tags are strong, so W/ only ever adds a prefix.
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
