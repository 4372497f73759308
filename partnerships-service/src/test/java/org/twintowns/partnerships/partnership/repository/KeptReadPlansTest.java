package org.twintowns.partnerships.partnership.repository;

import static org.twintowns.partnerships.partnership.PartnershipApi.municipality;
import static org.twintowns.partnerships.partnership.PartnershipApi.partnership;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.municipality.service.MunicipalityService;
import org.twintowns.partnerships.partnership.service.PartnershipSearchService;
import org.twintowns.partnerships.partnership.service.PartnershipService;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.PreparedPlans;
import org.twintowns.testing.sql.PreparedPlans.Plans;

/**
 * The reads a frontend makes most, a partnership or a municipality by id and the plain pages of both lists, are
 * planned once and their plans kept, whichever ids they read. A GET of a partnership by id ran seven statements,
 * and PostgreSQL planned two of them anew at every request, the participants and their municipalities by an array
 * of ids, 0.13-0.21 ms each in the statement log: a plan for an array of one or two ids always looked cheaper than
 * its one plan for all (issue 21). The arrays are now out of the plan's sight ({@code PlanValues.anyOfIn}).
 *
 * <p>The property, over every statement these reads run, whatever it is: run {@link #RUNS} times with other ids,
 * prepared on the server from the first run, PostgreSQL makes at most its first five plans for the values and then
 * keeps one; and no array of ids is in the plan's sight. Both failed with the arrays in sight: the participants'
 * statement, run by the GETs and the pages, "planned anew for its values (24 plans for the values, 0 runs of a kept
 * plan)".
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class KeptReadPlansTest {

    /** More than the five plans PostgreSQL makes for the values before it may keep one. */
    private static final int RUNS = 12;
    private static final List<String> LANGUAGES = List.of("de", "en");

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipSearchService partnershipLists;

    @Inject
    MunicipalityService municipalities;

    @Inject
    EntityManager em;

    private static final List<UUID> PLACES = new ArrayList<>();
    private static final List<UUID> PAIRS = new ArrayList<>();

    /** Once, before the first test (tokens are not ready yet in a @BeforeAll). */
    @BeforeEach
    void register() {
        if (!PLACES.isEmpty()) {
            return;
        }
        for (String[] place : List.of(new String[] {"Jena", "DE", "DE-TH"}, new String[] {"Lugoj", "RO", null},
                new String[] {"Berezne", "UA", "UA-56"}, new String[] {"Aubervilliers", "FR", null},
                new String[] {"Erlangen", "DE", "DE-BY"}, new String[] {"Rennes", "FR", null})) {
            PLACES.add(UUID.fromString(municipality(place[0], place[1], place[2])));
        }
        // Two and three participants: arrays of more than one length.
        for (int i = 0; i < PLACES.size(); i++) {
            int first = i;
            String[] participants = IntStream.range(0, 2 + i % 2)
                    .mapToObj(k -> PLACES.get((first + k) % PLACES.size()).toString()).toArray(String[]::new);
            PAIRS.add(UUID.fromString(partnership("TWINNING", "\"topics\": [\"culture\"]", participants)));
        }
    }

    @Test
    @TestTransaction
    void shouldKeepOnePlanForEveryStatementOfAReadByIdOrAPlainPage() {
        Map<String, Plans> ran = PreparedPlans.during(em, () -> {
            for (int run = 0; run < RUNS; run++) {
                partnerships.get(PAIRS.get(run % PAIRS.size()), LANGUAGES);
                municipalities.get(PLACES.get(run % PLACES.size()), LANGUAGES);
                // A frontend's first page (its offset and length are part of the statement's text).
                PageParams page = new PageParams(0, 20, null);
                partnershipLists.list(new PartnershipFilter(null, null, null, null, null, null, null, null, null, null),
                        page, LANGUAGES);
                municipalities.list(new MunicipalityFilter(null, null, null, null, null), page, LANGUAGES);
            }
        });
        PreparedPlans.assertKeptWithArraysUnseen(em, ran, 8);
    }
}
