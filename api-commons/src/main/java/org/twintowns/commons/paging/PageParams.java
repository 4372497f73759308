package org.twintowns.commons.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list endpoint takes ({@code @BeanParam}); a list in
 * an order of its own (an import's rows in file order) takes {@link Paging} alone, so that a sort it
 * would not honour is refused as unknown.
 */
public class PageParams extends Paging {

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = "[-+]?[A-Za-z][A-Za-z0-9]*(,[-+]?[A-Za-z][A-Za-z0-9]*)*",
            message = "must be a comma-separated list of field names, each optionally prefixed with - for descending")
    @Parameter(description = "Sort fields, comma-separated; prefix a field with - for descending order",
            example = "-createdAt")
    public String sort;

    public PageParams() {
    }

    public PageParams(int page, int size, String sort) {
        super(page, size);
        this.sort = sort;
    }
}
