package dev.adaptations.credit;

import java.util.Map;

/**
 * Which credits a work or a person has, and in what order: one definition for the batched reads
 * ({@link CreditRepository}) and the compiled ones ({@code dev.adaptations.compiled}), which must answer alike. The
 * Cypher fragments take the names of their variables, and expect the kind ranks as {@code $rank}.
 */
public final class CreditOrder {

	/** The order of kinds in a list of credits: the original's makers first, the cast last. */
	public static final Map<String, Integer> KIND_RANK = Map.of("AUTHOR", 0, "TRANSLATOR", 1, "CREATOR", 2,
			"DIRECTOR", 3, "SCREENWRITER", 4, "PRODUCER", 5, "ACTOR", 6);

	private CreditOrder() {
	}

	/**
	 * A subquery returning {@code role} for each credit of the work {@code work}: those on it, those limited to its
	 * episodes (or its parts' episodes), and, for a part or an episode, those on its series that are not limited to
	 * other episodes.
	 */
	public static String ofWork(String work, String role) {
		return """
				CALL (%1$s) {
				  MATCH (%2$s:Role)-[:IN]->(%1$s) RETURN %2$s
				  UNION
				  MATCH (%2$s:Role)-[:IN_EPISODE]->(:Episode)-[:PART_OF*0..2]->(%1$s) RETURN %2$s
				  UNION
				  MATCH (%1$s)-[:PART_OF*1..2]->(:Work)<-[:IN]-(%2$s:Role)
				  WHERE (%1$s:Episode OR %1$s:SeriesPart) AND NOT EXISTS { (%2$s)-[:IN_EPISODE]->(:Episode) }
				  RETURN %2$s
				}""".formatted(work, role);
	}

	/** The sort key of a work's credit: kind, billing, id; also the cursor's content. */
	public static String workKey(String role) {
		return ("toString($rank[%1$s.kind]) + right('00000' + toString(coalesce(%1$s.billing, 99999)), 5)"
				+ " + '|' + %1$s.id").formatted(role);
	}

	/**
	 * The order of a credit's episodes: number, then id (numbers restart in each part of a series, so a credit on
	 * episodes of two parts would otherwise list them in no defined order).
	 */
	public static String episodesOrder(String episode) {
		return "%1$s.number, %1$s.id".formatted(episode);
	}

	/** The pattern of a person's credits: the person (a variable or a node pattern), each role, and its work. */
	public static String ofPerson(String person, String role, String work) {
		return "MATCH (%s)-[:HAS_ROLE]->(%s:Role)-[:IN]->(%s:Work)".formatted(person, role, work);
	}

	/** The sort key of a person's credit: the work's year, the kind, the work's id, the role's id. */
	public static String personKey(String role, String work) {
		return ("right('0000' + toString(coalesce(%2$s.year, 9999)), 4) + toString($rank[%1$s.kind])"
				+ " + '|' + %2$s.id + '|' + %1$s.id").formatted(role, work);
	}

}
