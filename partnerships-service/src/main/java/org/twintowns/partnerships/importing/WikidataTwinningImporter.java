package org.twintowns.partnerships.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.twintowns.partnerships.importing.twinning.TwinningImporter;
import org.twintowns.partnerships.importing.twinning.TwinningMapping;

/**
 * Imports twinning pairs from the Wikidata list (P190, 2017 snapshot): the twinning import with its
 * {@code wikidata-2017} preset. German places are matched to their AGS records by name and position
 * (English exonyms such as Munich included), partners are matched or created in their countries, and
 * each pair becomes a TWINNING partnership unless the registry already has one between them.
 */
@ApplicationScoped
public class WikidataTwinningImporter {

    public static final String SOURCE = "wikidata-twinnings";
    static final String PRESET = "wikidata-2017";

    @Inject
    TwinningImporter twinnings;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportReport run(Reader tsv, ImportRun run) throws IOException {
        StringWriter text = new StringWriter();
        tsv.transferTo(text);
        return twinnings.run(text.toString(), TwinningMapping.preset(PRESET), null, run);
    }
}
