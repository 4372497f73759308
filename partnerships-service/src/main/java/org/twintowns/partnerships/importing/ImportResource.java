package org.twintowns.partnerships.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.twintowns.commons.http.PreferWait;
import org.twintowns.commons.http.PublicReads;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageLinks;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.security.Caller;
import org.twintowns.partnerships.importing.ImportReport.Outcome;

/**
 * Admin-only imports of open data sets, run as jobs: a POST checks the file and queues it (202 with
 * the job's Location); the job shows how far it is and, once it ended, its report.
 */
@PublicReads
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@RolesAllowed(Caller.ADMIN)
@APIResponse(responseCode = "403", description = "The token lacks the admin role")
public class ImportResource {

    static final String QUEUED = "Queued: Location names the job; poll it, or GET it with Prefer: wait=N";
    static final String QUEUE_FULL = "Too many imports wait already (partnerships.imports.max-queued); nothing was "
            + "queued: send the file again after the seconds in Retry-After";
    static final String DRY_RUN = "Report what the import would do without writing anything; a dry run waits for no "
            + "import and blocks no writer";
    static final String PRESET = "A mapping the platform knows, by name: wikidata-2017 (the Wikidata sister-city TSV), "
            + "wikidata-qids (item,twin pairs of Wikidata ids, with the names part)";
    static final String COLUMNS = "The mapping in query form: key=column pairs, comma-separated; a value starting with "
            + "@ is one value for every row (docs/data-and-imports.md, \"The twinning import\")";
    static final String DETAILS = "Deprecated and without effect: a job keeps every row of its report, read them "
            + "at the job's rows";

    @Inject
    ImportJobQueue queue;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/destatis-municipalities")
    @Consumes({"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importDestatisMunicipalities",
            summary = "Import German municipalities from the Destatis Gemeindeverzeichnis (CSV)",
            description = "Checks the file and queues the import as a job (202; Location names it). Matches by AGS; a "
                    + "municipality known by name and position only gets its AGS. Re-running creates nothing new.")
    @APIResponse(responseCode = "202", description = QUEUED,
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "503", description = QUEUE_FULL)
    public RestResponse<ImportJob> importDestatis(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = DETAILS, deprecated = true) @QueryParam("details") @DefaultValue("true")
            boolean details,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @NotNull(message = "the CSV file is required as the request body") byte[] body) {
        return queue.accept(DestatisMunicipalityImporter.SOURCE, dryRun, UploadText.decode(body, contentType), null,
                null, caller.subject());
    }

    @POST
    @Path("/wikidata-twinnings")
    @Consumes({"text/tab-separated-values", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importWikidataTwinnings",
            summary = "Import twinning pairs from the Wikidata list (TSV)",
            description = "Checks the file and queues the import as a job (202; Location names it). German places "
                    + "are matched to their AGS records by name and position (English exonyms included); partners are "
                    + "matched or created; each pair becomes a TWINNING partnership unless the registry already has "
                    + "one between them. Import the Destatis list first. Re-running creates nothing new.")
    @APIResponse(responseCode = "202", description = QUEUED,
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2048)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "503", description = QUEUE_FULL)
    public RestResponse<ImportJob> importWikidata(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = DETAILS, deprecated = true) @QueryParam("details") @DefaultValue("true")
            boolean details,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @NotNull(message = "the TSV file is required as the request body") byte[] body) {
        return queue.accept(TwinningImports.WIKIDATA_SOURCE, dryRun, UploadText.decode(body, contentType), null,
                null, caller.subject());
    }

    @POST
    @Path("/twinnings")
    @Consumes({"text/csv", "text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importTwinnings", summary = "Import any twinning list (CSV or TSV) through a column mapping",
            description = "Checks the file and the mapping and queues the import as a job (202; Location names it). "
                    + "The mapping says which column holds what, for side a and side b of each pair: a preset "
                    + "(preset=wikidata-2017), or columns in query form (columns=a.name=Stadt,a.country=@DE,b.name="
                    + "Partner,b.country=Land,source.name=@Liste 2024; see docs/data-and-imports.md); a JSON mapping "
                    + "and a names file go with POST /api/v1/imports/twinnings/files. Places are found by Wikidata id, "
                    + "AGS, then by name without the words for their kind "
                    + "(Municipality, Stadt, Provincia di ...) and position; each pair becomes a partnership unless "
                    + "the registry has one between them. Re-running creates nothing new.")
    @APIResponse(responseCode = "202", description = QUEUED,
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri",
                    maxLength = 2048)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "503", description = QUEUE_FULL)
    public RestResponse<ImportJob> importTwinnings(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = PRESET, example = "wikidata-2017") @QueryParam("preset") @Size(max = 60)
            String preset,
            @Parameter(description = COLUMNS, example = "a.name=Stadt,a.country=@DE,b.name=Partner,b.country=Land,"
                    + "source.name=@Partnerschaftsliste") @QueryParam("columns") @Size(max = 2000) String columns,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @NotNull(message = "the list is required as the request body") byte[] body) {
        return queue.accept(TwinningImports.SOURCE, dryRun, UploadText.decode(body, contentType),
                TwinningImports.options(preset, columns, null), null, caller.subject());
    }

    @POST
    @Path("/twinnings/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importTwinningFiles",
            summary = "Import any twinning list uploaded with its mapping and a names file (multipart/form-data)",
            description = "The twinning import of POST /api/v1/imports/twinnings, for a mapping given as a JSON document "
                    + "(the part 'mapping': column names with commas, say) and for lists of Wikidata ids, whose places "
                    + "a second file names (the part 'names': qid,name,country[,lat,lon]). The list is the part 'file'. "
                    + "Exactly one of the part 'mapping', preset and columns. Checks the parts and queues the import as "
                    + "a job (202; Location names it).")
    @APIResponse(responseCode = "202", description = QUEUED,
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri",
                    maxLength = 2048)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "503", description = QUEUE_FULL)
    public RestResponse<ImportJob> importTwinningFiles(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = PRESET) @QueryParam("preset") @Size(max = 60) String preset,
            @Parameter(description = COLUMNS) @QueryParam("columns") @Size(max = 2000) String columns,
            @BeanParam @Valid TwinningUpload upload) {
        return queue.accept(TwinningImports.SOURCE, dryRun, upload.list(), TwinningImports.options(preset, columns,
                upload.mapping), upload.names(), caller.subject());
    }

    @GET
    @Path("/jobs")
    @Operation(operationId = "listImportJobs", summary = "List import jobs, newest first",
            description = "Jobs are kept for partnerships.imports.retention (7 days by default) after they ended. "
                    + "Sortable by createdAt and updatedAt; RFC 8288 Link headers point to the other pages.")
    @APIResponse(responseCode = "200", description = "One page of jobs")
    public RestResponse<Page<ImportJob>> listJobs(@BeanParam @Valid PageParams paging) {
        return PageLinks.response(uriInfo, queue.list(paging));
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(operationId = "getImportJob", summary = "Get an import job: its state, progress and result",
            description = "With Prefer: wait=N (RFC 7240) the answer waits until the job has ended, or at most N "
                    + "seconds (at most " + PreferWait.MAX_SECONDS + "), then shows the job as it is.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job, or it expired")
    public RestResponse<ImportJob> getJob(
            @PathParam("id") UUID id,
            @Parameter(description = "wait=N: answer once the job has ended, or after N seconds",
                    example = "wait=10") @HeaderParam("Prefer") @Size(max = 200) String prefer) {
        return queue.get(id, prefer);
    }

    @GET
    @Path("/jobs/{id}/rows")
    @Operation(operationId = "listImportJobRows", summary = "List the rows of an import job's report, in file order",
            description = "What happened to every row of the file; available once the job SUCCEEDED.")
    @APIResponse(responseCode = "200", description = "One page of rows")
    @APIResponse(responseCode = "404", description = "No such job, or it expired")
    public Page<ImportReport.Row> listJobRows(
            @PathParam("id") UUID id,
            @Parameter(description = "Only rows with this outcome") @QueryParam("outcome") Outcome outcome,
            @BeanParam @Valid Paging paging) {
        if (queue.find(id) == null) {
            throw ProblemException.notFound("import job", id);
        }
        return queue.rows(id, outcome, paging);
    }
}
