package org.twintowns.testing.authz;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Which caller may do which write, for every write operation of a service, checked against the
 * running service: anonymous and forged tokens get 401 with a Bearer challenge, tokens without the
 * role and editors of other municipalities get 403 (admin-only operations: every editor; 404 for
 * data they may not even see, {@link WriteTarget#hiddenFromOthers}), the owner succeeds; a refused write leaves the stored state exactly as it was.
 *
 * <p>A service's test declares one entry per operation ({@code "PUT /api/v1/x/{id}"}), each with a
 * fixture that prepares fresh data as admin, and runs {@link #cases()} through {@link #check}.
 * {@link #assertCovers} compares the entries with what the service documents, so a new write
 * endpoint without an entry fails the build.
 */
public final class AuthorizationMatrix {

    private record Entry(Access access, Supplier<WriteTarget> fixture) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    /** Admins only. */
    public AuthorizationMatrix admin(String operation, Supplier<WriteTarget> fixture) {
        return add(operation, Access.ADMIN, fixture);
    }

    /** Admins and editors of the owning municipalities. */
    public AuthorizationMatrix owner(String operation, Supplier<WriteTarget> fixture) {
        return add(operation, Access.OWNER, fixture);
    }

    /** Admins and any editor. */
    public AuthorizationMatrix editor(String operation, Supplier<WriteTarget> fixture) {
        return add(operation, Access.EDITOR, fixture);
    }

    /** Anyone; say why in the caller's comment, the matrix only checks that it holds. */
    public AuthorizationMatrix open(String operation, Supplier<WriteTarget> fixture) {
        return add(operation, Access.PUBLIC, fixture);
    }

    private AuthorizationMatrix add(String operation, Access access, Supplier<WriteTarget> fixture) {
        if (entries.putIfAbsent(operation, new Entry(access, fixture)) != null) {
            throw new IllegalArgumentException("Two matrix entries for " + operation);
        }
        return this;
    }

    /** Fails unless the entries are exactly the documented write operations. */
    public void assertCovers(SortedSet<String> documented) {
        SortedSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(entries.keySet());
        SortedSet<String> stale = new TreeSet<>(entries.keySet());
        stale.removeAll(documented);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("The authorization matrix does not match the documented write operations."
                    + (missing.isEmpty() ? "" : " Without an entry (say who may call them): " + missing + ".")
                    + (stale.isEmpty() ? "" : " Entries for operations that do not exist: " + stale + "."));
        }
    }

    /** Every (operation, caller) pair to check, as arguments for a parameterized test. */
    public Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        entries.forEach((operation, entry) -> callers(entry.access())
                .forEach(who -> cases.add(Arguments.of(operation, who.name()))));
        return cases.stream();
    }

    private static Set<Who> callers(Access access) {
        return switch (access) {
            case ADMIN -> Set.of(Who.ANONYMOUS, Who.FORGED_ADMIN, Who.WITHOUT_ROLE, Who.EDITOR_ELSEWHERE,
                    Who.EDITOR_OF_OWNER, Who.ADMIN);
            case OWNER -> Set.of(Who.ANONYMOUS, Who.FORGED_ADMIN, Who.WITHOUT_ROLE, Who.EDITOR_ELSEWHERE,
                    Who.EDITOR_OF_OWNER, Who.EDITOR_MOVING_IT_AWAY, Who.ADMIN);
            case EDITOR -> Set.of(Who.ANONYMOUS, Who.FORGED_ADMIN, Who.WITHOUT_ROLE, Who.EDITOR_ELSEWHERE, Who.ADMIN);
            case PUBLIC -> Set.of(Who.ANONYMOUS);
        };
    }

    /** The status class a caller gets: 401, 403, or 2xx (as 200). */
    private static int expected(Access access, Who who) {
        Map<Who, Integer> byCaller = new EnumMap<>(Who.class);
        byCaller.put(Who.ANONYMOUS, access == Access.PUBLIC ? 200 : 401);
        byCaller.put(Who.FORGED_ADMIN, 401);
        byCaller.put(Who.WITHOUT_ROLE, 403);
        byCaller.put(Who.EDITOR_ELSEWHERE, access == Access.EDITOR ? 200 : 403);
        byCaller.put(Who.EDITOR_OF_OWNER, access == Access.ADMIN ? 403 : 200);
        byCaller.put(Who.EDITOR_MOVING_IT_AWAY, 403);
        byCaller.put(Who.ADMIN, 200);
        return byCaller.get(who);
    }

    /** Prepares fresh data, sends the write as this caller and checks the answer and the stored state. */
    public void check(String operation, String caller) {
        Entry entry = entries.get(operation);
        assertTrue(entry != null, "no matrix entry for " + operation);
        Who who = Who.valueOf(caller);
        WriteTarget target = entry.fixture().get();
        if (who == Who.EDITOR_MOVING_IT_AWAY && !target.canEscape()) {
            // Nothing in this write can move the data to other municipalities.
            return;
        }
        String before = target.state();
        Response response = target.send(who.token(target.owners()), who == Who.EDITOR_MOVING_IT_AWAY);
        int expected = expected(entry.access(), who);
        if (expected == 403 && who == Who.EDITOR_ELSEWHERE && target.hidden()) {
            // What they may not see, they are told nothing about.
            expected = 404;
        }
        String context = operation + " by " + who + " answered " + response.statusCode() + ": "
                + response.asString();
        if (expected == 200) {
            assertTrue(response.statusCode() >= 200 && response.statusCode() < 300, context);
            assertNotEquals(before, target.state(), operation + " by " + who + " succeeded but changed nothing "
                    + "the state probe sees");
            return;
        }
        assertEquals(expected, response.statusCode(), context);
        var checked = assertProblem(response.then(), expected);
        if (expected == 401) {
            checked.header("WWW-Authenticate", startsWith("Bearer"));
        }
        assertEquals(before, target.state(), operation + " by " + who + " was refused but changed the data");
    }
}
