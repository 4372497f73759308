package org.twintowns.news.item.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who answers press questions about an item; published with it, so a role mailbox is preferred. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PressContact")
public record PressContact(
        @Schema(description = "Name or office", examples = "Pressestelle der Stadt Jena") @Size(max = 200) String name,
        @Schema(description = "Role", examples = "Pressesprecherin") @Size(max = 200) String role,
        @Schema(examples = "presse@jena.de") @Email @Size(max = 254) String email,
        @Schema(examples = "+49 3641 49-2002") @Size(max = 50)
        @Pattern(regexp = "\\+?[0-9 ()/-]{3,50}", message = "must be a phone number such as +49 3641 49-2002")
        String phone) {

    /**
     * No contact at all. A constant rather than an {@code isEmpty()} method: Jackson and the OpenAPI
     * scanner take every {@code is*()} method of a record for a property, and "empty" leaked into
     * every item's JSON and into the contract.
     */
    public static final PressContact NONE = new PressContact(null, null, null, null);
}
