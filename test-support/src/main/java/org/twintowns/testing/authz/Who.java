package org.twintowns.testing.authz;

import java.util.Set;
import java.util.UUID;
import org.twintowns.testing.TestTokens;

/** The callers the authorization matrix sends each write operation from. */
public enum Who {
    ANONYMOUS,
    /** An admin token signed by a key the service does not trust. */
    FORGED_ADMIN,
    /** A valid token for the right municipalities, but with neither the editor nor the admin role. */
    WITHOUT_ROLE,
    /** An editor acting for some other municipality. */
    EDITOR_ELSEWHERE,
    /** An editor acting for the municipalities the data belongs to. */
    EDITOR_OF_OWNER,
    /** The editor of the owner, sending a change that would move the data out of their reach. */
    EDITOR_MOVING_IT_AWAY,
    ADMIN;

    /** The bearer token this caller sends for data owned by these municipalities; null for none. */
    String token(Set<String> owners) {
        return switch (this) {
            case ANONYMOUS -> null;
            case FORGED_ADMIN -> TestTokens.forgedAdmin();
            case WITHOUT_ROLE -> TestTokens.token("reader@test", Set.of("reader"), owners);
            case EDITOR_ELSEWHERE -> TestTokens.editorOf(UUID.randomUUID().toString());
            case EDITOR_OF_OWNER, EDITOR_MOVING_IT_AWAY -> TestTokens.editorOf(owners.toArray(String[]::new));
            case ADMIN -> TestTokens.admin();
        };
    }
}
