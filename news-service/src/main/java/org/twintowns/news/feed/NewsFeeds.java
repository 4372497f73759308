package org.twintowns.news.feed;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.text.BodyHtml;

/**
 * Renders public news items as RSS 2.0 or Atom 1.0 with Rome. Plain-text fields are HTML-escaped
 * where a feed reader treats them as HTML; the body is already sanitized.
 */
public final class NewsFeeds {

    public static final String RSS = "rss_2.0";
    public static final String ATOM = "atom_1.0";

    private NewsFeeds() {
    }

    /**
     * @param issuerNames the names of the items' issuing municipalities, for the entries' authors
     * @param selfUrl     the URL the client asked for the feed with, under the public base URL
     */
    public static String render(String type, List<NewsItem> items, Map<UUID, List<NewsMedia>> media,
                                Map<UUID, String> issuerNames, URI base, String selfUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle("TwinTowns – Nachrichten aus kommunalen Partnerschaften");
        feed.setDescription("Pressemitteilungen und Nachrichten über kommunale Partnerschaften");
        feed.setLink(base.resolve("api/v1/news").toString());
        feed.setUri(selfUrl);
        selfLink(feed, type, selfUrl);
        feed.setAuthor("TwinTowns");
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).publishedAt.toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (NewsItem n : items) {
            entries.add(entry(type, n, media.getOrDefault(n.id, List.of()), NewsItemMapper.issuer(n, issuerNames), base));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot render the news feed", e);
        }
    }

    /**
     * The feed's own address, which readers use to subscribe and to tell copies of a feed apart: in
     * Atom a {@code link rel="self"} (RFC 4287, 4.2.7.2), in RSS the same element in the Atom namespace,
     * as the RSS Advisory Board recommends.
     */
    private static void selfLink(SyndFeed feed, String type, String selfUrl) {
        Link self = new Link();
        self.setRel("self");
        self.setHref(selfUrl);
        if (RSS.equals(type)) {
            self.setType("application/rss+xml");
            AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
            atom.setLinks(List.of(self));
            List<Module> modules = new ArrayList<>(feed.getModules());
            modules.add(atom);
            feed.setModules(modules);
        } else {
            SyndLink link = new SyndLinkImpl();
            link.setRel("self");
            link.setType("application/atom+xml");
            link.setHref(selfUrl);
            SyndLink alternate = new SyndLinkImpl();
            alternate.setRel("alternate");
            alternate.setHref(feed.getLink());
            feed.setLinks(List.of(alternate, link));
        }
    }

    private static SyndEntry entry(String type, NewsItem n, List<NewsMedia> media, String issuer, URI base) {
        SyndEntry entry = new SyndEntryImpl();
        // RSS readers commonly render titles as HTML; Atom titles are declared plain text.
        entry.setTitle(RSS.equals(type) ? BodyHtml.escape(n.headline) : n.headline);
        String link = base.resolve("api/v1/news/" + n.id).toString();
        entry.setLink(link);
        entry.setUri(RSS.equals(type) ? link : "urn:uuid:" + n.id);
        entry.setPublishedDate(Date.from(n.publishedAt.toInstant()));
        entry.setUpdatedDate(Date.from(n.updatedAt.toInstant()));
        // An issuer whose name is not known now is left out: an Atom entry then has the feed's author.
        if (issuer != null) {
            entry.setAuthor(issuer);
        }
        SyndContent description = new SyndContentImpl();
        description.setType("text/html");
        // The images with their credit lines are part of the text, for readers that show nothing else.
        description.setValue(NewsItemMapper.html(n) + FeedImages.figures(media, base));
        entry.setDescription(description);
        List<SyndCategory> categories = new ArrayList<>();
        for (String topic : n.topics) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(topic);
            categories.add(category);
        }
        entry.setCategories(categories);
        FeedImages.attach(entry, type, media, base);
        return entry;
    }
}
