package org.twintowns.partnerships.importing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A twinning list uploaded as multipart/form-data: the list, and beside it its mapping and a names file. */
public class TwinningUpload {

    @RestForm("file")
    @NotNull(message = "the part 'file' with the list is required")
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "The list, CSV or TSV with a header; its charset as in a body (UTF-8 by default)")
    public FileUpload file;

    @RestForm("mapping")
    @Size(max = 20_000)
    @Schema(description = "The mapping as JSON: {\"columns\": {\"a.name\": \"Stadt\", ...}, \"fixed\": "
            + "{\"a.country\": \"DE\", ...}, \"list\": \"...\", \"delimiter\": \"comma\"}", maxLength = 20_000)
    public String mapping;

    @RestForm("names")
    @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
            description = "Optional: qid,name,country[,lat,lon] for places the list gives by Wikidata id only")
    public FileUpload names;

    /** The list, decoded and checked as a body would be. */
    String list() {
        return text(file);
    }

    /** The names file, decoded, or null. */
    String names() {
        return names == null ? null : text(names);
    }

    private static String text(FileUpload part) {
        try {
            String type = part.contentType() == null ? null : part.contentType()
                    + (part.charSet() == null || part.contentType().contains("charset") ? "" : "; charset="
                    + part.charSet());
            return UploadText.decode(Files.readAllBytes(part.uploadedFile()), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
