package org.twintowns.news.media;

import java.util.UUID;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.news.media.image.ImageType;

/** The problems specific to media attachments. */
public final class MediaProblems {

    public static final ProblemType UNSUPPORTED_IMAGE = ProblemType.of("unsupported-image-type",
            "Unsupported image type");
    public static final ProblemType UNREADABLE_IMAGE = ProblemType.of("unreadable-image", "Unreadable image");
    public static final ProblemType TOO_MANY_MEDIA = ProblemType.of("too-many-media", "Too many media");

    private MediaProblems() {
    }

    public static ProblemException notFound(UUID itemId, UUID mediaId) {
        return new ProblemException(ProblemType.RESOURCE_NOT_FOUND, 404,
                "News item " + itemId + " has no media with id " + mediaId + ".");
    }

    /**
     * 412 for a conditional delete of media that do not exist (any more): If-Match is false when there is
     * no current representation (RFC 9110, 13.1.1), as for the losers of concurrent deletes.
     */
    public static ProblemException noneToMatch(UUID itemId, UUID mediaId) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, 412,
                "News item " + itemId + " has no media with id " + mediaId + " (any more), so If-Match names no "
                        + "current version; another request may have deleted it.");
    }

    /** 415: the bytes are no image of an accepted type, or not the type the client declared. */
    public static ProblemException unsupported(String what) {
        return new ProblemException(UNSUPPORTED_IMAGE, 415,
                what + " Accepted are " + ImageType.ACCEPTED + ", recognised by the file's content.");
    }

    /** 422: the bytes start like an accepted image but cannot be read as one. */
    public static ProblemException unreadable(ImageType type, String why) {
        return new ProblemException(UNREADABLE_IMAGE, 422,
                "The file starts like " + type.mediaType + " but cannot be read as an image: " + why + ".");
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.forStatus(413), 413,
                "The image is larger than the " + limit + " bytes accepted per image; nothing was stored.");
    }

    public static ProblemException tooMany(int limit) {
        return new ProblemException(TOO_MANY_MEDIA, 409,
                "A news item carries at most " + limit + " media; delete one before adding another.");
    }
}
