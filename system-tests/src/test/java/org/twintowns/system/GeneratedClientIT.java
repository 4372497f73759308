package org.twintowns.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.client.ApiClient;
import org.twintowns.client.ApiException;
import org.twintowns.client.api.EventsApi;
import org.twintowns.client.api.MunicipalitiesApi;
import org.twintowns.client.api.NewsApi;
import org.twintowns.client.api.PartnershipsApi;
import org.twintowns.client.model.AttendanceMode;
import org.twintowns.client.model.Dossier;
import org.twintowns.client.model.Event;
import org.twintowns.client.model.EventKind;
import org.twintowns.client.model.EventRequest;
import org.twintowns.client.model.Municipality;
import org.twintowns.client.model.MunicipalityKind;
import org.twintowns.client.model.MunicipalityRequest;
import org.twintowns.client.model.NewsItem;
import org.twintowns.client.model.NewsItemRequest;
import org.twintowns.client.model.ParticipantRequest;
import org.twintowns.client.model.Partnership;
import org.twintowns.client.model.PartnershipRequest;
import org.twintowns.client.model.PartnershipType;
import org.twintowns.testing.TestTokens;

/**
 * A client generated from the merged contract (OpenAPI Generator, in this module's build) runs a
 * real scenario through the gateway: two municipalities and their partnership, an event and a news
 * item about it, then the municipality's dossier, which has all of them. Only the generated client
 * talks to the platform here.
 */
@ExtendWith(PlatformExtension.class)
class GeneratedClientIT {

    private static ApiClient client(Platform platform, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + platform.gatewayPort());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void shouldRunTheTwinningScenarioWithTheGeneratedClient(Platform platform) throws ApiException {
        ApiClient admin = client(platform, TestTokens.admin());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MunicipalitiesApi municipalities = new MunicipalitiesApi(admin);

        Municipality jena = municipalities.createMunicipality(new MunicipalityRequest()
                .name("Jena " + tag).kind(MunicipalityKind.CITY).country("DE").subdivision("DE-TH"), null, null, null);
        Municipality brovary = municipalities.createMunicipality(new MunicipalityRequest()
                .name("Brovary " + tag).kind(MunicipalityKind.CITY).country("UA").subdivision("UA-32"), null, null, null);

        Partnership partnership = new PartnershipsApi(admin).createPartnership(new PartnershipRequest()
                .type(PartnershipType.SOLIDARITY)
                .participants(List.of(new ParticipantRequest().municipalityId(jena.getId()),
                        new ParticipantRequest().municipalityId(brovary.getId())))
                .topics(List.of("rehabilitation", "fire-services"))
                .sourceName("Stadt Jena press release"), "client-" + tag);

        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        Event visit = new EventsApi(admin).createEvent(new EventRequest()
                .title(Map.of("en", "Delegation from Brovary " + tag, "de", "Delegation aus Brovary " + tag))
                .kind(EventKind.DELEGATION_VISIT)
                .attendanceMode(AttendanceMode.ONLINE)
                .joinUrl("https://meet.example.org/" + tag)
                .startsAt(startsAt)
                .endsAt(startsAt.plusDays(1))
                .timeZone("Europe/Berlin")
                .organizers(List.of(jena.getId()))
                .participants(List.of(brovary.getId()))
                .partnerships(List.of(partnership.getId())), null);

        NewsItem news = new NewsApi(admin).createNewsItem(new NewsItemRequest()
                .headline("Jena welcomes a delegation from Brovary " + tag)
                .lead("Medical rehabilitation and fire services are on the agenda.")
                .body("<p>The delegation visits Jena for two days.</p>")
                .language("en")
                .status(NewsItemRequest.StatusEnum.PUBLISHED)
                .issuerMunicipalityId(jena.getId())
                .relatedMunicipalityIds(List.of(jena.getId(), brovary.getId()))
                .relatedPartnershipIds(List.of(partnership.getId()))
                .relatedEventIds(List.of(visit.getId())), null);

        // The dossier is public: read it without a token.
        Dossier dossier = new MunicipalitiesApi(client(platform, null)).getMunicipalityDossier(jena.getId(), "en", null);
        assertEquals(jena.getId(), dossier.getId());
        assertEquals("Jena " + tag, dossier.getMunicipality().getData().getName());
        assertTrue(dossier.getPartnerships().getData().getItems().stream()
                .anyMatch(p -> p.getId().equals(partnership.getId())), "the partnership is in the dossier");
        assertTrue(dossier.getUpcomingEvents().getData().getItems().stream()
                .anyMatch(e -> e.getId().equals(visit.getId())), "the coming visit is in the dossier");
        assertTrue(dossier.getNews().getData().getItems().stream()
                .anyMatch(n -> n.getId().equals(news.getId())), "the news item is in the dossier");
        assertNull(dossier.getRecentEvents().getReason(), "every section answered");
    }
}
