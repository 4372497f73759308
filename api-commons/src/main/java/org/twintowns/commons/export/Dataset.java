package org.twintowns.commons.export;

import java.util.List;

/**
 * A dataset the platform publishes as bulk exports: what it is, the sources of its records, and the
 * files it comes as. The services write the files and the gateway's catalogue describes them from
 * the same definitions ({@link Datasets}), so that the two cannot drift apart.
 *
 * @param id      the name in the download paths ("municipalities")
 * @param sources every source a record of it can come from, each with its licence
 */
public record Dataset(String id, String title, String description, List<String> keywords, List<Source> sources,
                      List<Distribution> distributions) {

    /** The path of the export in {@code mediaType}. */
    public String path(String mediaType) {
        return distributions.stream().filter(d -> d.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no " + mediaType + " export"))
                .path();
    }

    /** The path of the CSV on the Web metadata of the CSV export. */
    public String csvMetadataPath() {
        return path(Distribution.CSV) + "-metadata.json";
    }

    /**
     * The one licence of the dataset as a whole ({@code dct:license} of its distributions, which DCAT-AP
     * allows once): the most demanding of its sources' licences, whose terms cover the others' (share-alike
     * over attribution over none; {@link Licence} is in that order). Each record names its own.
     */
    public Licence licence() {
        return sources.stream().map(Source::licence).max(Enum::compareTo).orElseThrow();
    }

    /** Every attribution its licences ask for, one per source, joined for one line of text. */
    public String attribution() {
        return String.join("; ", sources.stream().map(Source::attribution).toList());
    }
}
