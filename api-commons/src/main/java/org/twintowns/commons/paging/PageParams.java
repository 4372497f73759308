package org.twintowns.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters every list endpoint takes ({@code @BeanParam}). */
public class PageParams {

    public static final int MAX_SIZE = 100;
    /** The most ids a list's {@code id} filter takes: all of them fit on one page. */
    public static final int MAX_IDS = MAX_SIZE;
    public static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page (1 to 100)", example = "20")
    public int size;

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
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int offset() {
        return page * size;
    }
}
