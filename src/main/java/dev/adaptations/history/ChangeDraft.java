package dev.adaptations.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A change being made, before it is recorded: the writer fills it in inside its transaction.
 */
public final class ChangeDraft {

	private final ChangeAction action;

	private final String entityType;

	private final @Nullable String entityId;

	private final List<String> relatedIds = new ArrayList<>();

	private final List<FieldChange> fields = new ArrayList<>();

	private final String summary;

	private @Nullable Integer version;

	public ChangeDraft(ChangeAction action, String entityType, @Nullable String entityId, String summary) {
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
	}

	public ChangeDraft related(String id) {
		if (!this.relatedIds.contains(id) && !id.equals(this.entityId)) {
			this.relatedIds.add(id);
		}
		return this;
	}

	public ChangeDraft version(@Nullable Integer version) {
		this.version = version;
		return this;
	}

	/** Adds a field change for every property whose value differs between the two maps. */
	public ChangeDraft diff(Map<String, ?> before, Map<String, ?> after) {
		for (String key : changedFields(before, after)) {
			this.fields.add(new FieldChange(key, Json.write(before.get(key)), Json.write(after.get(key))));
		}
		return this;
	}

	/** The properties whose values differ between the two maps, in alphabetical order. */
	public static List<String> changedFields(Map<String, ?> before, Map<String, ?> after) {
		return union(before, after).stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).toList();
	}

	public boolean hasFieldChanges() {
		return !this.fields.isEmpty();
	}

	ChangeAction action() {
		return this.action;
	}

	String entityType() {
		return this.entityType;
	}

	@Nullable String entityId() {
		return this.entityId;
	}

	List<String> relatedIds() {
		return List.copyOf(this.relatedIds);
	}

	List<FieldChange> fields() {
		return List.copyOf(this.fields);
	}

	String summary() {
		return this.summary;
	}

	@Nullable Integer version() {
		return this.version;
	}

	private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
		var keys = new TreeSet<String>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

}
