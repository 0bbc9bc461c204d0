package dev.adaptations.work;

/**
 * How a work's parts, episodes and series are found, and in what order they and its adaptations are listed: one
 * definition for the batched reads ({@link WorkRepository}) and the compiled ones ({@code dev.adaptations.compiled}),
 * which must answer alike. The fragments take the names of their variables; a work may also be a node pattern
 * ({@code :Work {id: id}}).
 */
public final class WorkOrder {

	private WorkOrder() {
	}

	/** Each part {@code part} of {@code work}, with its {@code PART_OF} link {@code link}. */
	public static String parts(String work, String part, String link) {
		return "MATCH (%2$s:Work)-[%3$s:PART_OF]->(%1$s)".formatted(work, part, link);
	}

	/** The order of a work's parts: the link's position, then the part's number and id. */
	public static String partsOrder(String part, String link) {
		return "%2$s.position, %1$s.number, %1$s.id".formatted(part, link);
	}

	/**
	 * Each episode {@code episode} of a series or series part, directly in it or inside its parts: the same episode
	 * may come twice (take it {@code DISTINCT}).
	 */
	public static String episodes(String work, String episode) {
		return "MATCH (%2$s:Episode)-[:PART_OF*1..2]->(%1$s)".formatted(work, episode);
	}

	/** The order of episodes: number, then id. */
	public static String episodesOrder(String episode) {
		return "%1$s.number, %1$s.id".formatted(episode);
	}

	/** The series {@code series} a part or an episode belongs to (take it {@code DISTINCT}). */
	public static String series(String work, String series) {
		return "MATCH (%1$s)-[:PART_OF*1..2]->(%2$s:Series)".formatted(work, series);
	}

	/** The order of the works on the other end of adaptations, either way: year, then id. */
	public static String adaptationsOrder(String work) {
		return "%1$s.year, %1$s.id".formatted(work);
	}

}
