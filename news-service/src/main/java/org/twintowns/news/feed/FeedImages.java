package org.twintowns.news.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.License;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.mapping.MediaMapper;
import org.twintowns.news.text.BodyHtml;

/**
 * The images of an entry in a feed, each with its credit line: as enclosures (RSS 2.0 allows one,
 * the first image; Atom gets a {@code link rel="enclosure"} per image), as Media RSS
 * ({@code media:content} with {@code media:credit}, {@code media:description} and
 * {@code media:license}), and as figures in the entry's HTML for readers that show only that.
 */
final class FeedImages {

    private FeedImages() {
    }

    static void attach(SyndEntry entry, String type, List<NewsMedia> media, URI base) {
        if (media.isEmpty()) {
            return;
        }
        List<SyndEnclosure> enclosures = new ArrayList<>();
        List<MediaContent> contents = new ArrayList<>();
        for (NewsMedia m : media) {
            URI url = url(m, base);
            if (enclosures.isEmpty() || !NewsFeeds.RSS.equals(type)) {
                SyndEnclosure enclosure = new SyndEnclosureImpl();
                enclosure.setUrl(url.toString());
                enclosure.setType(m.contentType);
                enclosure.setLength(m.byteSize);
                enclosures.add(enclosure);
            }
            contents.add(content(m, url));
        }
        entry.setEnclosures(enclosures);
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(contents.toArray(MediaContent[]::new));
        List<Module> modules = new ArrayList<>(entry.getModules());
        modules.add(module);
        entry.setModules(modules);
    }

    /** Figures with the image, its caption and its credit line and licence, as HTML. */
    static String figures(List<NewsMedia> media, URI base) {
        StringBuilder html = new StringBuilder();
        for (NewsMedia m : media) {
            html.append("<figure><img src=\"").append(BodyHtml.escape(url(m, base).toString()))
                    .append("\" width=\"").append(m.width).append("\" height=\"").append(m.height)
                    .append("\" alt=\"").append(BodyHtml.escape(m.altText != null ? m.altText : "")).append("\">")
                    .append("<figcaption>");
            if (m.caption != null) {
                html.append(BodyHtml.escape(m.caption)).append(' ');
            }
            html.append(BodyHtml.escape(creditLine(m))).append("</figcaption></figure>");
        }
        return html.toString();
    }

    /** The credit as readers see it: "Foto: Stadt Jena (CC BY 4.0)". */
    static String creditLine(NewsMedia m) {
        return m.credit + " (" + m.licence + ")";
    }

    private static MediaContent content(NewsMedia m, URI url) {
        MediaContent content = new MediaContent(new UrlReference(url));
        content.setType(m.contentType);
        content.setMedium("image");
        content.setWidth(m.width);
        content.setHeight(m.height);
        content.setFileSize((long) m.byteSize);
        Metadata metadata = new Metadata();
        metadata.setCredits(new Credit[] {new Credit(null, null, m.credit)});
        License licence = new License();
        licence.setValue(m.licence);
        metadata.setLicenses(new License[] {licence});
        if (m.caption != null) {
            metadata.setDescription(m.caption);
            metadata.setDescriptionType("plain");
        }
        content.setMetadata(metadata);
        return content;
    }

    private static URI url(NewsMedia m, URI base) {
        return base.resolve(MediaMapper.contentPath(m.newsItemId, m.id).substring(1));
    }
}
