package org.rawabit.resolve;

import java.util.Optional;
import org.rawabit.mention.Mention;

/** A mention and the id of the entity it names (empty for dates and quantities). */
public record LinkedMention(Mention mention, Optional<String> entityId) {}
