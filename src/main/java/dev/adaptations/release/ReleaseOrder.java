package dev.adaptations.release;

/**
 * Which releases a work has, and in what order: one definition for the batched reads ({@link ReleaseRepository})
 * and the compiled ones ({@code dev.adaptations.compiled}), which must answer alike. The fragments take the names
 * of their variables; a work may also be a node pattern ({@code :Work {id: id}}).
 */
public final class ReleaseOrder {

	private ReleaseOrder() {
	}

	/** Each release {@code release} of {@code work}. */
	public static String ofWork(String work, String release) {
		return "MATCH (%2$s:Release)-[:OF]->(%1$s)".formatted(work, release);
	}

	/** The order of a work's releases: by date, the preferred claim first among equal dates, then by id. */
	public static String order(String release) {
		return "%1$s.date, %1$s.preferred DESC, %1$s.id".formatted(release);
	}

}
