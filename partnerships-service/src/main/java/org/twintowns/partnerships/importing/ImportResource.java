package org.twintowns.partnerships.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.twintowns.commons.security.Caller;

/** Admin-only imports of open data sets, with a dry-run mode and a report for every row. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@RolesAllowed(Caller.ADMIN)
@APIResponse(responseCode = "403", description = "The token lacks the admin role")
public class ImportResource {

    @Inject
    DestatisMunicipalityImporter destatis;

    @Inject
    WikidataTwinningImporter wikidata;

    @Inject
    ImportTransactions transactions;

    @POST
    @Path("/destatis-municipalities")
    @Consumes({"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importDestatisMunicipalities",
            summary = "Import German municipalities from the Destatis Gemeindeverzeichnis (CSV)",
            description = "Matches by AGS; a municipality known by name and position only gets its AGS. "
                    + "Re-running creates nothing new. With dryRun=true nothing is written.")
    @APIResponse(responseCode = "200", description = "What happened to every row",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importDestatis(
            @Parameter(description = "Report what would happen without writing anything") @QueryParam("dryRun")
            @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Include one entry per row (false: totals only)") @QueryParam("details")
            @DefaultValue("true") boolean details,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @NotNull(message = "the CSV file is required as the request body") byte[] body) throws IOException {
        Reader csv = text(body, contentType);
        return trimmed(transactions.run(dryRun, ImportRun.Progress.NONE, run -> destatis.run(csv, run)), details);
    }

    @POST
    @Path("/wikidata-twinnings")
    @Consumes({"text/tab-separated-values", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importWikidataTwinnings",
            summary = "Import twinning pairs from the Wikidata list (TSV)",
            description = "German places are matched to their AGS records by name and position (English "
                    + "exonyms included); partners are matched or created; each pair becomes a TWINNING "
                    + "partnership unless the registry already has one between them. Import the Destatis list "
                    + "first. Re-running creates nothing new. With dryRun=true nothing is written.")
    @APIResponse(responseCode = "200", description = "What happened to every row, and the share of German places "
            + "matched to an AGS", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importWikidata(
            @Parameter(description = "Report what would happen without writing anything") @QueryParam("dryRun")
            @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Include one entry per row (false: totals only)") @QueryParam("details")
            @DefaultValue("true") boolean details,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @NotNull(message = "the TSV file is required as the request body") byte[] body) throws IOException {
        Reader tsv = text(body, contentType);
        return trimmed(transactions.run(dryRun, ImportRun.Progress.NONE, run -> wikidata.run(tsv, run)), details);
    }

    /** The upload decoded before the import begins, so that bytes which are not text change nothing. */
    private static Reader text(byte[] body, String contentType) {
        return new StringReader(UploadText.decode(body, contentType));
    }

    private static ImportReport trimmed(ImportReport report, boolean details) {
        return details ? report : new ImportReport(report.source(), report.dryRun(), report.rows(), report.outcomes(),
                report.figures(), report.durationMillis(), java.util.List.of());
    }
}
