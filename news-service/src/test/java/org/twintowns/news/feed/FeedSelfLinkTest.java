package org.twintowns.news.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Both feeds name themselves with the URL the client used, filters included, under the public base URL
 * (no base is configured in tests, so the address the connection reached), whatever forwarding
 * headers claim: RSS with {@code atom:link rel="self"} in its channel, Atom with {@code link rel="self"}.
 * Read with the JDK's own namespace-aware XML parser and XPath, not with Rome, which wrote them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class FeedSelfLinkTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void shouldNameItselfWithTheUrlTheClientUsedInRssAndAtom() throws Exception {
        String topic = "t" + marker();
        createAsAdmin(item("Selbst " + marker(), UUID.randomUUID(), "\"status\": \"PUBLISHED\", \"topics\": [\"" + topic + "\"]"));
        String base = "http://127.0.0.1:" + RestAssured.port;

        String query = "?topic=" + topic + "&limit=5";
        Document rss = parse(given().header("X-Forwarded-Host", "evil.example")
                .get(PATH + "/feed.rss" + query).then().statusCode(200).extract().asByteArray());
        NodeList rssSelf = nodes(rss, "/rss/channel/atom:link[@rel='self']");
        assertEquals(1, rssSelf.getLength(), "one atom:link rel=self in the RSS channel");
        assertEquals(base + PATH + "/feed.rss" + query, attribute(rssSelf, "href"));
        assertEquals("application/rss+xml", attribute(rssSelf, "type"));
        assertEquals(1, nodes(rss, "/rss/channel/item").getLength());

        Document atom = parse(given().get(PATH + "/feed.atom" + query).then().statusCode(200).extract().asByteArray());
        NodeList atomSelf = nodes(atom, "/atom:feed/atom:link[@rel='self']");
        assertEquals(1, atomSelf.getLength(), "one link rel=self in the Atom feed");
        assertEquals(base + PATH + "/feed.atom" + query, attribute(atomSelf, "href"));
        assertEquals("application/atom+xml", attribute(atomSelf, "type"));
        assertEquals(1, nodes(atom, "/atom:feed/atom:link[@rel='alternate' or not(@rel)]").getLength(),
                "the feed still links to the news it lists");

        Document plain = parse(given().get(PATH + "/feed.atom").then().statusCode(200).extract().asByteArray());
        assertEquals(base + PATH + "/feed.atom", attribute(nodes(plain, "/atom:feed/atom:link[@rel='self']"), "href"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static NodeList nodes(Document document, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "atom".equals(prefix) ? ATOM : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
        return (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
    }

    private static String attribute(NodeList nodes, String name) {
        return nodes.item(0).getAttributes().getNamedItem(name).getNodeValue();
    }
}
