package org.twintowns.partnerships.export.mapping;

import java.util.ArrayList;
import java.util.List;
import org.twintowns.commons.export.Source;
import org.twintowns.partnerships.export.repository.RegistryRows.MunicipalityRow;
import org.twintowns.partnerships.export.repository.RegistryRows.PartnershipRow;

/**
 * Which sources a record's facts come from, as far as the registry records it. A municipality keeps no
 * source of its own: a German one with an AGS has its official code, name and (imported) population
 * and midpoint from Destatis; one with a Wikidata id has that id from Wikidata; anything else its
 * editors recorded. A partnership names its source and the lists it was imported from: a Wikidata
 * list, a source on wikipedia.org, or else the registry's editors.
 */
public final class RecordSources {

    private RecordSources() {
    }

    public static List<Source> of(MunicipalityRow m) {
        List<Source> sources = new ArrayList<>();
        if ("DE".equals(m.country()) && m.officialCode() != null && m.officialCode().matches("\\d{8}")) {
            sources.add(Source.DESTATIS);
        }
        if (m.wikidataId() != null) {
            sources.add(Source.WIKIDATA);
        }
        return sources.isEmpty() ? List.of(Source.TWINTOWNS) : sources;
    }

    public static List<Source> of(PartnershipRow p) {
        List<Source> sources = new ArrayList<>();
        if (p.listings().stream().anyMatch(l -> l.startsWith("wikidata")) || p.sourceName().startsWith("Wikidata")) {
            sources.add(Source.WIKIDATA);
        }
        if (p.sourceUrl() != null && p.sourceUrl().matches("https?://([a-z-]+\\.)*wikipedia\\.org(/.*)?")) {
            sources.add(Source.WIKIPEDIA);
        }
        return sources.isEmpty() ? List.of(Source.TWINTOWNS) : sources;
    }

    public static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    public static List<String> licences(List<Source> sources) {
        return sources.stream().map(s -> s.licence().id).distinct().toList();
    }

    public static List<String> licenceUrls(List<Source> sources) {
        return sources.stream().map(s -> s.licence().url).distinct().toList();
    }
}
