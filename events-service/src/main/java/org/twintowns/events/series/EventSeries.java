package org.twintowns.events.series;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.twintowns.commons.persistence.TrackedEntity;

/** Events that recur, such as the yearly Kassel–Novy Urengoy summer school. */
@Entity
@Table(name = "event_series")
public class EventSeries extends TrackedEntity {

    /** Name by ISO 639 language code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;
}
