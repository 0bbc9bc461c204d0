package dev.adaptations.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One committed write.
 *
 * @param id the change's id
 * @param at when it was committed (UTC)
 * @param actor who made it: the API token's name or the JWT subject
 * @param action what it did
 * @param entityType the type of the entity ({@code Work}, {@code Person}, ...) or fact ({@code ADAPTS},
 * {@code Role}, ...)
 * @param entityId the entity changed, or the starting end of the fact
 * @param relatedIds the other entities the change touched (the other end of a link, cascaded deletions)
 * @param summary a one-line description
 * @param comment the curator's reason, when given
 * @param fields the properties that changed
 * @param version the entity's version after the change, for versioned entities that still exist
 */
public record Change(String id, OffsetDateTime at, String actor, ChangeAction action, String entityType,
		@Nullable String entityId, List<String> relatedIds, String summary, @Nullable String comment,
		List<FieldChange> fields, @Nullable Integer version) {

	/** Whether the change concerns the entity with this id. */
	public boolean concerns(String id) {
		return id.equals(this.entityId) || this.relatedIds.contains(id);
	}

}
