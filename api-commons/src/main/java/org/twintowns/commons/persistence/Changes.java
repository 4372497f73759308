package org.twintowns.commons.persistence;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A change to a record, applied so that its version moves whenever anything a client can read of
 * it changed, including what lives in tables of its own (names, contacts, topics, sessions,
 * media). Hibernate raises {@code @Version} only when one of the record's own columns changed; a
 * replaced list of child rows on the inverse side of a relation leaves it where it was, and a
 * client holding the old ETag would then overwrite the change unseen.
 *
 * <p>{@code content} is what the record says, as a value that compares by content (the request
 * record it would be written with, or its view); it is taken before and after {@code change}, and
 * when the two differ the record is {@linkplain TrackedEntity#touch() touched}.
 */
public final class Changes {

    private Changes() {
    }

    /** Applies {@code change} to {@code entity}; true, and the record touched, when its content changed. */
    public static <E extends TrackedEntity> boolean apply(E entity, Function<? super E, ?> content,
            Consumer<? super E> change) {
        Object before = content.apply(entity);
        change.accept(entity);
        if (Objects.equals(before, content.apply(entity))) {
            return false;
        }
        entity.touch();
        return true;
    }
}
