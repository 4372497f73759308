package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.partnerships.importing.twinning.QidNames;
import org.twintowns.partnerships.importing.twinning.TwinningImporter;
import org.twintowns.partnerships.importing.twinning.TwinningMapping;

/**
 * The twinning imports as jobs: any list through a column mapping ({@code twinnings}), and the
 * Wikidata TSV of {@code data/} ({@code wikidata-twinnings}, the list with its preset). A job keeps
 * the mapping as its options: {@code preset:NAME}, {@code columns:QUERY-FORM} or {@code json:DOCUMENT}.
 */
@ApplicationScoped
public class TwinningImports {

    public static final String SOURCE = "twinnings";
    /** The Wikidata TSV of {@code data/}: the twinning import of its own endpoint, with its preset. */
    public static final String WIKIDATA_SOURCE = "wikidata-twinnings";
    static final String WIKIDATA_OPTIONS = "preset:wikidata-2017";

    @Inject
    TwinningImporter importer;

    /** The options of a job for a mapping given in one of three ways; exactly one of them. */
    public static String options(String preset, String columns, String json) {
        int given = (preset == null ? 0 : 1) + (columns == null ? 0 : 1) + (json == null ? 0 : 1);
        if (given != 1) {
            throw ProblemException.invalidField("mapping", "give the columns of the list in one way: a preset ("
                    + String.join(", ", TwinningMapping.presets()) + "), columns (a.name=...,b.name=...) or a JSON "
                    + "mapping (the part 'mapping' of a multipart upload); " + given + " were given");
        }
        return preset != null ? "preset:" + preset : columns != null ? "columns:" + columns : "json:" + json;
    }

    static TwinningMapping mapping(String options) {
        int colon = options.indexOf(':');
        String form = options.substring(0, colon);
        String value = options.substring(colon + 1);
        return switch (form) {
            case "preset" -> TwinningMapping.preset(value);
            case "columns" -> TwinningMapping.parse(value);
            default -> TwinningMapping.fromJson(value);
        };
    }

    /**
     * A twinning import as a job: the list with the mapping its job keeps, or, for an endpoint that
     * names its list (the Wikidata TSV), with {@code fixedOptions}.
     */
    ImportKind kind(String source, String fixedOptions) {
        return new ImportKind() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public void check(ImportInput input) throws IOException {
                TwinningMapping mapping = mapping(fixedOptions != null ? fixedOptions : input.options());
                if (input.names() != null) {
                    QidNames.parse(input.names());
                }
                TwinningImporter.check(input.text(), mapping);
            }

            @Override
            public ImportReport run(ImportInput input, ImportRun run) throws IOException {
                return importer.run(input.text(), mapping(fixedOptions != null ? fixedOptions : input.options()),
                        input.names() == null ? null : QidNames.parse(input.names()), run);
            }
        };
    }
}
