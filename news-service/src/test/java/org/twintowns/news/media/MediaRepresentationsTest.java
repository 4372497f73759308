package org.twintowns.news.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.media.MediaFixtures.CREDIT;
import static org.twintowns.news.media.MediaFixtures.LICENCE;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.upload;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** The credit line is part of every representation of an item with images. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaRepresentationsTest {

    private static final String CAPTION = "Die Delegation aus Brovary im Rathaus";

    private String topic;
    private String itemId;
    private String contentUrl;
    private byte[] png;

    @BeforeEach
    void itemWithOneImage() {
        topic = "t" + marker();
        itemId = createAsAdmin("""
                {"headline": "Besuch aus Brovary %s", "lead": "Kurz.", "body": "<p>Text.</p>", "language": "de",
                 "issuerName": "Stadt Jena", "issuerMunicipalityId": "%s", "topics": ["%s"], "status": "PUBLISHED"}"""
                .formatted(topic, UUID.randomUUID(), topic));
        png = image("png", 48, 32);
        contentUrl = upload(asAdmin(), itemId, png, "delegation.png", "image/png", CAPTION)
                .then().statusCode(201).extract().path("contentUrl");
    }

    @Test
    void shouldListTheImageWithItsCreditInTheItemJson() {
        given().get(PATH + "/" + itemId).then().statusCode(200)
                .body("media.size()", equalTo(1))
                .body("media[0].credit", equalTo(CREDIT))
                .body("media[0].licence", equalTo(LICENCE))
                .body("media[0].caption", equalTo(CAPTION))
                .body("media[0].altText", equalTo("Zwei Farbflächen"))
                .body("media[0].sourceUrl", equalTo("https://www.jena.de/presse"))
                .body("media[0].contentUrl", equalTo(contentUrl))
                .body("media[0].width", equalTo(48))
                .body("media[0].height", equalTo(32));
        given().queryParam("topic", topic).get(PATH).then().statusCode(200)
                .body("items[0].media[0].credit", equalTo(CREDIT))
                .body("items[0].media[0].contentUrl", equalTo(contentUrl));
    }

    @Test
    void shouldCarryTheImageAndItsCreditInRss() throws Exception {
        String xml = given().queryParam("topic", topic).get(PATH + "/feed.rss").then().statusCode(200).extract().asString();
        SyndEntry entry = new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);
        assertEquals(1, entry.getEnclosures().size());
        SyndEnclosure enclosure = entry.getEnclosures().get(0);
        assertThat(enclosure.getUrl(), endsWith(contentUrl));
        assertEquals("image/png", enclosure.getType());
        assertEquals(png.length, enclosure.getLength());
        assertThat(entry.getDescription().getValue(), containsString(CREDIT + " (" + LICENCE + ")"));
        assertThat(entry.getDescription().getValue(), containsString(CAPTION));
        assertMediaRss(entry);
    }

    @Test
    void shouldCarryTheImageAndItsCreditInAtom() throws Exception {
        String xml = given().queryParam("topic", topic).get(PATH + "/feed.atom").then().statusCode(200).extract().asString();
        assertThat(xml, containsString("rel=\"enclosure\""));
        SyndEntry entry = new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);
        assertThat(entry.getEnclosures().get(0).getUrl(), endsWith(contentUrl));
        String html = entry.getContents().isEmpty() ? entry.getDescription().getValue()
                : entry.getContents().get(0).getValue();
        assertThat(html, containsString(CREDIT + " (" + LICENCE + ")"));
        assertMediaRss(entry);
    }

    private void assertMediaRss(SyndEntry entry) {
        MediaEntryModule module = (MediaEntryModule) entry.getModule(MediaModule.URI);
        MediaContent content = module.getMediaContents()[0];
        assertThat(content.getReference().toString(), endsWith(contentUrl));
        assertEquals("image/png", content.getType());
        assertEquals(48, content.getWidth());
        assertEquals(CREDIT, content.getMetadata().getCredits()[0].getName());
        assertEquals(LICENCE, content.getMetadata().getLicenses()[0].getValue());
    }

    @Test
    void shouldCarryTheImageAsANinjsPictureAssociationWithItsCredit() {
        given().accept("application/ninjs+json").get(PATH + "/" + itemId).then().statusCode(200)
                .body("associations.size()", equalTo(1))
                .body("associations[0].name", equalTo("picture1"))
                .body("associations[0].type", equalTo("picture"))
                .body("associations[0].by", equalTo(CREDIT))
                .body("associations[0].usageterms", equalTo(LICENCE))
                .body("associations[0].descriptions[0].role", equalTo("caption"))
                .body("associations[0].descriptions[0].value", equalTo(CAPTION))
                .body("associations[0].renditions[0].href", endsWith(contentUrl))
                .body("associations[0].renditions[0].contenttype", equalTo("image/png"))
                .body("associations[0].renditions[0].width", equalTo(48))
                .body("associations[0].renditions[0].height", equalTo(32))
                .body("associations[0].renditions[0].sizeinbytes", equalTo(png.length))
                .body("associations[0].infosources[0].uri", equalTo("https://www.jena.de/presse"));
    }
}
