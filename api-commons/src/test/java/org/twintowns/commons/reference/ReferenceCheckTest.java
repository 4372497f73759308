package org.twintowns.commons.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;

class ReferenceCheckTest {

    /** Owners that know the given ids, and remember what they were asked. */
    private static final class KnownRecords extends References {

        private final Set<UUID> known;
        private final Set<String> down;
        final List<String> asked = new ArrayList<>();

        KnownRecords(Set<UUID> known, Set<String> down) {
            this.known = known;
            this.down = down;
        }

        @Override
        public Map<UUID, JsonNode> find(RemoteCollection collection, Collection<UUID> ids) {
            asked.add(collection + " " + ids);
            if (down.contains(collection.owner())) {
                throw new ReferencesUnavailableException(collection.owner());
            }
            Map<UUID, JsonNode> found = new HashMap<>();
            ids.stream().filter(known::contains)
                    .forEach(id -> found.put(id, JsonNodeFactory.instance.objectNode().put("id", id.toString())));
            return found;
        }
    }

    private final UUID jena = UUID.randomUUID();
    private final UUID brovary = UUID.randomUUID();
    private final UUID twinning = UUID.randomUUID();
    private final UUID summerSchool = UUID.randomUUID();

    @Test
    void shouldAskEachCollectionOnceForAllItsIds() {
        KnownRecords owners = new KnownRecords(Set.of(jena, brovary, twinning, summerSchool), Set.of());
        ReferenceCheck.Found found = owners.check()
                .one("issuer", RemoteCollection.MUNICIPALITIES, jena)
                .each("partnerships", RemoteCollection.PARTNERSHIPS, List.of(twinning))
                .each("participants", RemoteCollection.MUNICIPALITIES, List.of(brovary, jena))
                .each("events", RemoteCollection.EVENTS, List.of(summerSchool))
                .each("none", RemoteCollection.EVENTS, null)
                .one("nobody", RemoteCollection.MUNICIPALITIES, null)
                .verify();
        assertEquals(List.of("MUNICIPALITIES [" + jena + ", " + brovary + "]", "PARTNERSHIPS [" + twinning + "]",
                "EVENTS [" + summerSchool + "]"), owners.asked);
        assertEquals(2, found.records(RemoteCollection.MUNICIPALITIES).size());
        assertEquals(List.of(), List.copyOf(new KnownRecords(Set.of(), Set.of()).check().verify()
                .records(RemoteCollection.EVENTS)));
    }

    @Test
    void shouldNameEveryMissingReferenceByItsField() {
        UUID unknown = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        KnownRecords owners = new KnownRecords(Set.of(jena, twinning), Set.of());
        ProblemException problem = assertThrows(ProblemException.class, () -> owners.check()
                .one("issuerMunicipalityId", RemoteCollection.MUNICIPALITIES, unknown)
                .each("participants", RemoteCollection.MUNICIPALITIES, List.of(jena, gone, unknown))
                .each("partnerships", RemoteCollection.PARTNERSHIPS, List.of(twinning, brovary))
                .verify());
        assertEquals(422, problem.problem().status());
        assertEquals("https://twintowns.org/problems/unknown-reference", problem.problem().type().toString());
        assertEquals("4 referenced records do not exist.", problem.problem().detail());
        assertEquals(List.of(
                new Problem.FieldError("issuerMunicipalityId", "no municipality with id " + unknown),
                new Problem.FieldError("participants[1]", "no municipality with id " + gone),
                new Problem.FieldError("participants[2]", "no municipality with id " + unknown),
                new Problem.FieldError("partnerships[1]", "no partnership with id " + brovary)),
                problem.problem().errors());
    }

    @Test
    void shouldRefuseWithTheFirstOwnerThatCannotAnswer() {
        KnownRecords owners = new KnownRecords(Set.of(jena), Set.of("partnerships", "events"));
        ReferencesUnavailableException down = assertThrows(ReferencesUnavailableException.class, () -> owners.check()
                .each("events", RemoteCollection.EVENTS, List.of(summerSchool))
                .one("issuer", RemoteCollection.MUNICIPALITIES, jena)
                .verify());
        assertEquals(503, down.problem().status());
        assertEquals("The events service cannot be reached to check the references; nothing was written. "
                + "Try again later.", down.problem().detail());
        assertEquals(Map.of("Retry-After", "30"), down.headers());
        assertEquals(1, owners.asked.size());
    }
}
