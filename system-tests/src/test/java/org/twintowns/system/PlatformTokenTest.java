package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/platform token} prints the token and nothing else, so that {@code TOKEN=$(bin/platform token)}
 * (README, docs/tokens.md, docs/webhooks.md, the bench scripts) holds a token, also on a fresh clone, where
 * the first call creates the signing key. Its note about the key went to standard output once, so the
 * first token of every checkout was two lines: the Authorization header built from it was not well-formed
 * HTTP, and the gateway answered 400 (seen as the first run of bench/imports.sh after a build in a new
 * worktree failing).
 *
 * <p>The script runs from a copy in an empty directory, whose .run holds no key yet; the token's RS256
 * signature is checked with the JDK against the public key the script wrote.
 */
class PlatformTokenTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path checkout;

    @Test
    void shouldPrintOnlyATokenSignedWithTheCheckoutsKeyAlsoWhenItMakesTheKey() throws Exception {
        Path script = checkout.resolve("bin/platform");
        Files.createDirectories(script.getParent());
        Files.copy(ROOT.resolve("bin/platform"), script);
        script.toFile().setExecutable(true);

        for (String call : List.of("first, making the key", "second, with the key")) {
            ScriptRun out = ScriptRun.of(checkout,
                    List.of(script.toString(), "token", "--role", "admin", "--minutes", "5"));
            assertEquals(0, out.exit(), call + ": " + out.stderr());
            String[] lines = out.stdout().split("\n", -1);
            assertEquals(2, lines.length, call + ": standard output must be the token and its newline: " + out.stdout());
            assertEquals("", lines[1]);
            assertSigned(lines[0], checkout.resolve(".run/jwt/public.pem"), call);
        }
    }

    private static void assertSigned(String token, Path publicKey, String call) throws Exception {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, call + ": not a JWS in compact form: " + token);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"RS256\""), call + ": " + header);
        String pem = Files.readString(publicKey).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), call + ": the signature does not verify");
    }
}
