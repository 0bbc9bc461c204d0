package dev.adaptations.character;

/**
 * Which characters a work has, and in what order a work's characters, a character's works and its portrayals are
 * listed: one definition for the batched reads ({@link CharacterRepository}) and the compiled ones
 * ({@code dev.adaptations.compiled}), which must answer alike. The fragments take the names of their variables.
 */
public final class CharacterOrder {

	private CharacterOrder() {
	}

	/**
	 * A subquery returning {@code character} for each character of the work {@code work}: those recorded as
	 * appearing in it and those played in it, each once.
	 */
	public static String ofWork(String work, String character) {
		return """
				CALL (%1$s) {
				  MATCH (%2$s:Character)-[:APPEARS_IN]->(%1$s) RETURN %2$s
				  UNION
				  MATCH (%1$s)<-[:IN]-(:Role)-[:AS]->(%2$s:Character) RETURN %2$s
				}""".formatted(work, character);
	}

	/** The order of a work's characters: name, then id. */
	public static String characterOrder(String character) {
		return "%1$s.name, %1$s.id".formatted(character);
	}

	/** The order of the works a character appears in: year, then id. */
	public static String appearsInOrder(String work) {
		return "%1$s.year, %1$s.id".formatted(work);
	}

	/** The order of a character's portrayals (roles): billing, then id. */
	public static String portrayalsOrder(String role) {
		return "%1$s.billing, %1$s.id".formatted(role);
	}

}
