package org.twintowns.partnerships.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A role mailbox for a partnership ("Partnership office"), never a private person by default. */
@Embeddable
public class PartnershipContact {

    @Column(nullable = false)
    public String role;

    public String email;

    public String phone;

    public String url;

    /** The participant the mailbox belongs to, if any. */
    @Column(name = "municipality_id")
    public UUID municipalityId;

    /** Internal contacts are kept for editors and never shown in public representations. */
    @Column(nullable = false)
    public boolean internal;
}
