package org.twintowns.webhooks.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.twintowns.commons.persistence.TrackedEntity;

/**
 * A webhook subscription: where to send which changes, signed with which secret. The lists are kept
 * space-separated (types, municipality ids, country codes).
 */
@Entity
@Table(name = "subscription")
public class Subscription extends TrackedEntity {

    /** ACTIVE ones get deliveries; a DISABLED one keeps its pending deliveries until it is enabled again. */
    public enum State { ACTIVE, DISABLED }

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public String url;

    public String description;

    @Column(nullable = false)
    public String types;

    @Column(nullable = false)
    public String municipalities = "";

    @Column(nullable = false)
    public String countries = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state = State.ACTIVE;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    public List<String> typeList() {
        return split(types);
    }

    public List<String> municipalityList() {
        return split(municipalities);
    }

    public List<String> countryList() {
        return split(countries);
    }

    /** Whether an event of this type, about these municipalities and countries, is one this subscription asks for. */
    public boolean wants(String type, Collection<String> eventMunicipalities, Collection<String> eventCountries) {
        if (!EventTypes.matchesAny(typeList(), type)) {
            return false;
        }
        List<String> ids = municipalityList();
        if (!ids.isEmpty() && eventMunicipalities.stream().noneMatch(ids::contains)) {
            return false;
        }
        List<String> codes = countryList();
        return codes.isEmpty() || eventCountries.stream().anyMatch(codes::contains);
    }

    public static String join(Collection<?> values) {
        return values == null ? "" : String.join(" ", values.stream().map(String::valueOf).distinct().toList());
    }

    public static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.trim().split("\\s+"));
    }
}
