package dev.adaptations.support;

import org.jspecify.annotations.Nullable;

/**
 * A write that would overwrite a change the client has not seen: the entity's version moved on since the
 * client read it, or the id it wants to create is taken. Reported as {@code CONFLICT}; nothing was written.
 */
public final class ConflictException extends RuntimeException {

	private final String id;

	private final @Nullable Integer currentVersion;

	public ConflictException(String id, @Nullable Integer currentVersion, String message) {
		super(message);
		this.id = id;
		this.currentVersion = currentVersion;
	}

	public String id() {
		return this.id;
	}

	/** The entity's version now, or null when the conflict is not about a version. */
	public @Nullable Integer currentVersion() {
		return this.currentVersion;
	}

}
