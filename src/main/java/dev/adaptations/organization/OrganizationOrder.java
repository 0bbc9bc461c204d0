package dev.adaptations.organization;

/**
 * Which organizations a work is linked to, and in what order: one definition for the batched reads
 * ({@link OrganizationRepository}) and the compiled ones ({@code dev.adaptations.compiled}), which must answer alike.
 * The fragments take the names of their variables; a work may also be a node pattern ({@code :Work {id: id}}).
 */
public final class OrganizationOrder {

	private OrganizationOrder() {
	}

	/** Each link {@code link} (published by, produced by, ...) of {@code work} to an {@code organization}. */
	public static String linksOfWork(String work, String link, String organization) {
		return "MATCH (%1$s)-[%2$s:%4$s]->(%3$s:Organization)".formatted(work, link, organization, OrganizationLink.TYPES);
	}

	/** The order of a work's links: by kind, then by the organization's name and id. */
	public static String linksOfWorkOrder(String link, String organization) {
		return "type(%1$s), %2$s.name, %2$s.id".formatted(link, organization);
	}

}
