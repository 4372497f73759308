package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** The imports of the two open data sets in {@code data/}, as jobs. */
@ApplicationScoped
public class DataSetImports {

    @Produces
    @ApplicationScoped
    ImportKind destatis(DestatisMunicipalityImporter importer) {
        return new ImportKind() {
            @Override
            public String source() {
                return DestatisMunicipalityImporter.SOURCE;
            }

            @Override
            public void check(ImportInput input) {
                read(() -> DestatisMunicipalityImporter.check(new StringReader(input.text())));
            }

            @Override
            public ImportReport run(ImportInput input, ImportRun run) throws IOException {
                return importer.run(new StringReader(input.text()), run);
            }
        };
    }

    @Produces
    @ApplicationScoped
    ImportKind wikidata(WikidataTwinningImporter importer) {
        return new ImportKind() {
            @Override
            public String source() {
                return WikidataTwinningImporter.SOURCE;
            }

            @Override
            public void check(ImportInput input) {
                read(() -> WikidataTwinningImporter.check(new StringReader(input.text())));
            }

            @Override
            public ImportReport run(ImportInput input, ImportRun run) throws IOException {
                return importer.run(new StringReader(input.text()), run);
            }
        };
    }

    private interface Reading {
        void run() throws IOException;
    }

    /** The text is in memory: reading it fails only if the parser itself does. */
    private static void read(Reading reading) {
        try {
            reading.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
