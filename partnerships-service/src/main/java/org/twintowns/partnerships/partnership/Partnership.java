package org.twintowns.partnerships.partnership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;
import org.twintowns.commons.persistence.TrackedEntity;

/**
 * A partnership between two or more municipalities: the aggregate root. Its status is derived
 * from its lifecycle history and changes only by {@link #appendEvent}; its collections are
 * replaced as a whole, so that the table rows never carry half of an old and half of a new list.
 */
@Entity
public class Partnership extends TrackedEntity {

    /** The kind of relationship, in the terms German municipalities use. */
    @Schema(name = "PartnershipType")
    public enum Type {
        /** Partnership / twinning (Städtepartnerschaft). */
        TWINNING,
        /** Friendship (Freundschaft), a looser bond than a twinning. */
        FRIENDSHIP,
        /** Solidarity partnership, such as those with Ukrainian municipalities since 2022. */
        SOLIDARITY,
        /** Project partnership, bound to one or more funded projects. */
        PROJECT,
        /** City cooperation (Städtekooperation). */
        COOPERATION,
        /** Contact, the step before a partnership. */
        CONTACT
    }

    /** Where a partnership stands; always what its lifecycle history says. */
    @Schema(name = "PartnershipStatus")
    public enum Status { ACTIVE, SUSPENDED, ENDED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** The founding date; January 1 when the source gives only the year. */
    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "established_year_only", nullable = false)
    public boolean establishedYearOnly;

    public String title;

    public String notes;

    /** Who says so: "Stadt Jena press release". */
    @Column(name = "source_name", nullable = false)
    public String sourceName;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "last_verified_on")
    public LocalDate lastVerifiedOn;

    /** The sorted participant ids joined with ','; unique per type (see {@link #keyOf}). */
    @Column(name = "participants_key", nullable = false)
    private String participantsKey;

    // The collections are read for a whole list at once, by the ids of its partnerships (batches of
    // 1,000: a page in one statement each, the 20,000 of a whole map in 20). Not by subselect, which
    // repeats the list's query without its page, and so read every matching partnership's rows.
    @ElementCollection
    @CollectionTable(name = "partnership_participant", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 1000)
    private List<PartnershipParticipant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_topic", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "topic", nullable = false)
    @BatchSize(size = 1000)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_project", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 1000)
    private List<PartnershipProject> projects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_contact", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 1000)
    private List<PartnershipContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 1000)
    private List<LifecycleEvent> lifecycle = new ArrayList<>();

    /** The key that makes "the same participants" comparable: sorted ids, joined with ','. */
    public static String keyOf(List<UUID> municipalityIds) {
        return municipalityIds.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    public Status status() {
        return status;
    }

    public String participantsKey() {
        return participantsKey;
    }

    public List<PartnershipParticipant> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<UUID> participantIds() {
        return participants.stream().map(p -> p.municipalityId).toList();
    }

    public Set<String> topics() {
        return Collections.unmodifiableSet(topics);
    }

    public List<PartnershipProject> projects() {
        return Collections.unmodifiableList(projects);
    }

    public List<PartnershipContact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<LifecycleEvent> lifecycle() {
        return Collections.unmodifiableList(lifecycle);
    }

    // New collection instances make Hibernate delete the old rows and insert the new ones,
    // rather than rewrite rows by position (which would collide on the participant key). Hibernate
    // raises the version for every replaced collection, so callers replace only what changed.

    public void replaceParticipants(List<PartnershipParticipant> newParticipants) {
        participants = new ArrayList<>(newParticipants);
        participantsKey = keyOf(participantIds());
    }

    public void replaceTopics(Set<String> newTopics) {
        topics = new LinkedHashSet<>(newTopics);
    }

    public void replaceProjects(List<PartnershipProject> newProjects) {
        projects = new ArrayList<>(newProjects);
    }

    public void replaceContacts(List<PartnershipContact> newContacts) {
        contacts = new ArrayList<>(newContacts);
    }

    /**
     * Records the next lifecycle event and moves the status on. A partnership recorded with an
     * unknown history (see {@link #recordActiveWithUnknownHistory}) starts from ACTIVE.
     *
     * @throws InvalidTransitionException if the kind may not follow the current status, or the
     *                                    event is dated before the latest recorded one
     */
    public LifecycleEvent appendEvent(LifecycleEvent.Kind kind, LocalDate occurredOn, String reason, String note) {
        if (!lifecycle.isEmpty()) {
            LocalDate latest = lifecycle.get(lifecycle.size() - 1).occurredOn;
            if (occurredOn.isBefore(latest)) {
                throw new InvalidTransitionException(status, kind, latest);
            }
        }
        Status next = LifecycleTransitions.next(status, kind);
        LifecycleEvent event = new LifecycleEvent(this, lifecycle.size(), kind, occurredOn, reason, note);
        lifecycle.add(event);
        status = next;
        return event;
    }

    /**
     * Records a partnership that a source reports as existing without saying since when (Wikidata
     * lists twinnings without dates): active, with an empty history that later events continue.
     */
    public void recordActiveWithUnknownHistory() {
        if (!lifecycle.isEmpty() || status != null) {
            throw new IllegalStateException("The partnership already has a history");
        }
        status = Status.ACTIVE;
    }
}
