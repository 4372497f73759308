package org.twintowns.partnerships.partnership.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role mailbox for a partnership; at least one of email, phone and url. */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @Schema(description = "The role, not a person", examples = "Partnership office")
        @NotBlank @Size(max = 200)
        String role,

        @Schema(examples = "partnerschaften@jena.de")
        @Size(max = 320) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid email address")
        String email,

        @Schema(examples = "+49 3641 49-0")
        @Size(max = 50) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]*[0-9]",
                message = "must be a phone number of digits, spaces and + ( ) / . -")
        String phone,

        @Schema(examples = "https://www.jena.de/partnerstaedte")
        @Size(max = 500) @HttpUrl
        String url,

        @Schema(description = "The participant the mailbox belongs to; must be one of the participants")
        UUID municipalityId,

        @Schema(description = "Internal contacts are stored but never shown in any public representation",
                defaultValue = "false")
        Boolean internal) {

    public boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
