package dev.adaptations.history;

/** What a change did. */
public enum ChangeAction {

	/** An entity was created. */
	CREATE,
	/** An entity's properties changed. */
	UPDATE,
	/** An entity was deleted (with the facts that depended on it). */
	DELETE,
	/** A fact (a link between entities, a role, a release) was added or restated. */
	ADD,
	/** A fact was removed. */
	REMOVE,
	/** A dataset file was imported. */
	IMPORT

}
