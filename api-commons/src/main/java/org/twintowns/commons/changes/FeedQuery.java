package org.twintowns.commons.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.twintowns.commons.http.PreferWait;

/** What a reader of a change feed asks for ({@code @BeanParam}): where to continue, how many, which types. */
public class FeedQuery {

    public static final int MAX_SIZE = 1000;
    public static final String NOW = "now";
    /** The longest event type name. */
    public static final int MAX_TYPE_LENGTH = 100;

    @QueryParam("after")
    @Size(max = 19)
    @Pattern(regexp = "^(now|[0-9]{1,19})$", message = "must be a cursor from an earlier answer (next), an event's "
            + "sequence, or now")
    @Parameter(description = "Where to continue: the `next` of the previous answer, or the `sequence` of the last "
            + "event you processed (the events after it follow). Absent: from the oldest event the feed keeps. "
            + "`now`: from the newest, without the history.", example = "1042")
    public String after;

    @QueryParam("size")
    @DefaultValue("100")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Most events in the answer (1 to 1000)", example = "100")
    public int size;

    @QueryParam("type")
    @Size(max = 20)
    @Parameter(description = "Only events of these types (repeat the parameter for several); all when absent. "
            + "Unknown types match nothing.")
    public List<@Size(max = MAX_TYPE_LENGTH) @Pattern(regexp = "^[a-z][a-z0-9.-]*$") String> type;

    @HeaderParam(PreferWait.HEADER)
    @Size(max = 200)
    @Parameter(description = "`wait=N` (RFC 7240): when no event follows the cursor, wait up to N seconds (at most "
            + PreferWait.MAX_SECONDS + ") for one before answering (a long poll)", example = "wait=10")
    public String prefer;
}
