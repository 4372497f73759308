package org.twintowns.partnerships.partnership.rest;

import java.time.LocalDate;
import java.util.List;
import org.twintowns.partnerships.partnership.Partnership;

/** What a create and a full update both carry: everything about a partnership but its history. */
public interface PartnershipContent {

    Partnership.Type type();

    String title();

    List<ParticipantRequest> participants();

    List<String> topics();

    List<ProjectRequest> projects();

    List<ContactRequest> contacts();

    String notes();

    String sourceName();

    String sourceUrl();

    LocalDate lastVerifiedOn();
}
