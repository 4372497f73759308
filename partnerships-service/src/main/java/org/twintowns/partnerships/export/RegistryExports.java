package org.twintowns.partnerships.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.UUID;
import org.twintowns.commons.export.Datasets;
import org.twintowns.commons.export.Distribution;
import org.twintowns.commons.export.Exports;
import org.twintowns.partnerships.export.mapping.MunicipalityExport;
import org.twintowns.partnerships.export.mapping.PartnershipExport;
import org.twintowns.partnerships.export.repository.RegistryRows;
import org.twintowns.partnerships.export.repository.RegistryRows.MunicipalityRow;
import org.twintowns.partnerships.export.repository.RegistryRows.PartnershipRow;

/** Writes the registry's bulk exports (municipalities, partnerships) in each format, batch by batch. */
@ApplicationScoped
public class RegistryExports {

    @Inject
    RegistryRows rows;

    @Inject
    ObjectMapper json;

    /** Writes the municipalities in {@code mediaType}. @return how many batches of {@code batchSize} it read */
    public int municipalities(String mediaType, OutputStream out, URI base, int batchSize) throws IOException {
        Exports<MunicipalityRow, UUID> export = new Exports<>(batchSize, rows::municipalities, MunicipalityRow::id);
        return switch (mediaType) {
            case Distribution.CSV -> export.csv(out, MunicipalityExport.COLUMNS, (csv, m) -> MunicipalityExport.csv(csv, m, base));
            case Distribution.GEO_JSON -> export.geoJson(json, out, Datasets.MUNICIPALITIES, base,
                    m -> MunicipalityExport.feature(m, base));
            default -> export.jsonLd(json, out, Datasets.MUNICIPALITIES, base, m -> MunicipalityExport.node(m, base));
        };
    }

    /** Writes the partnerships in {@code mediaType}. @return how many batches of {@code batchSize} it read */
    public int partnerships(String mediaType, OutputStream out, URI base, int batchSize) throws IOException {
        Exports<PartnershipRow, UUID> export = new Exports<>(batchSize, rows::partnerships, PartnershipRow::id);
        return switch (mediaType) {
            case Distribution.CSV -> export.csv(out, PartnershipExport.COLUMNS, (csv, p) -> PartnershipExport.csv(csv, p, base));
            case Distribution.GEO_JSON -> export.geoJson(json, out, Datasets.PARTNERSHIPS, base,
                    p -> PartnershipExport.feature(p, base));
            default -> export.jsonLd(json, out, Datasets.PARTNERSHIPS, base, p -> PartnershipExport.node(p, base));
        };
    }
}
