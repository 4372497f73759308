package org.twintowns.partnerships.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** That a data source lists a partnership under one of its participants. */
@Entity
@Table(name = "partnership_source_listing")
@IdClass(PartnershipSourceListing.Key.class)
public class PartnershipSourceListing {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Id
    public String source;

    @Id
    @Column(name = "listed_by")
    public UUID listedBy;

    protected PartnershipSourceListing() {
    }

    public PartnershipSourceListing(UUID partnershipId, String source, UUID listedBy) {
        this.partnershipId = partnershipId;
        this.source = source;
        this.listedBy = listedBy;
    }

    /** The composite key. */
    public record Key(UUID partnershipId, String source, UUID listedBy) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
