package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.StringReader;

/** The imports the service runs as jobs. */
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
            public void check(ImportInput input) throws IOException {
                DestatisMunicipalityImporter.check(new StringReader(input.text()));
            }

            @Override
            public ImportReport run(ImportInput input, ImportRun run) throws IOException {
                return importer.run(new StringReader(input.text()), run);
            }
        };
    }

    @Produces
    @ApplicationScoped
    ImportKind wikidata(TwinningImports twinnings) {
        return twinnings.kind(TwinningImports.WIKIDATA_SOURCE, TwinningImports.WIKIDATA_OPTIONS);
    }

    @Produces
    @ApplicationScoped
    ImportKind twinnings(TwinningImports twinnings) {
        return twinnings.kind(TwinningImports.SOURCE, null);
    }

}
