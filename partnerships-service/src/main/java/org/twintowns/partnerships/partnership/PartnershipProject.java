package org.twintowns.partnerships.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A project run within a partnership, with its funding and period. */
@Embeddable
public class PartnershipProject {

    @Column(nullable = false)
    public String title;

    public String description;

    /** The funding programme, such as "Kommunale Zusammenarbeit Maghreb-Deutschland". */
    public String programme;

    public String funder;

    /** Funding in {@link #currency}; both or neither. */
    @Column(precision = 15, scale = 2)
    public BigDecimal amount;

    /** ISO 4217. */
    public String currency;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
