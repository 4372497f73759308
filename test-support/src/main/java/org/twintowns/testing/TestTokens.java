package org.twintowns.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.twintowns.commons.security.Caller;

/**
 * Real RS256 bearer tokens for tests: as a test resource it creates a key pair for the module
 * (in {@code target/test-jwt}) and points the service's JWT verification at the public key; the
 * static methods sign tokens with the private key. Nothing here is used outside tests.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://auth.twintowns.test";
    public static final String AUDIENCE = "twintowns";
    private static final Path DIR = Path.of("target", "test-jwt");

    @Override
    public Map<String, String> start() {
        keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", DIR.resolve("public.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    @Override
    public void stop() {
        // The key pair stays for the module's next test class.
    }

    /** A token with the given roles and, for editors, the municipalities they act for. */
    public static String token(String subject, Set<String> roles, Set<String> municipalities) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim(Caller.MUNICIPALITIES_CLAIM, municipalities)
                .expiresIn(600)
                .jws().keyId("test")
                .sign(privateKey());
    }

    public static String admin() {
        return token("admin@test", Set.of(Caller.ADMIN), Set.of());
    }

    public static String editorOf(String... municipalityIds) {
        return token("editor@test", Set.of(Caller.EDITOR), Set.of(municipalityIds));
    }

    /** An admin's token, signed with the trusted key, that expired an hour ago. */
    public static String expiredAdmin() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("admin@test").upn("admin@test")
                .groups(Set.of(Caller.ADMIN))
                .issuedAt(now - 7200).expiresAt(now - 3600)
                .jws().keyId("test")
                .sign(privateKey());
    }

    /** The same claims signed by a key the service does not trust. */
    public static String forgedAdmin() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("mallory").groups(Set.of(Caller.ADMIN)).expiresIn(600)
                .jws().sign(generate().getPrivate());
    }

    private static synchronized void keys() {
        if (Files.exists(DIR.resolve("private.pem"))) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            KeyPair pair = generate();
            Files.writeString(DIR.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(DIR.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey() {
        keys();
        try {
            String pem = Files.readString(DIR.resolve("private.pem"), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
