package dev.adaptations.security;

/** What a curator may do; ADMIN includes everything CURATOR may. */
public enum CurationRole {

	/** Creates and updates entities, adds and removes facts. */
	CURATOR,
	/** Also deletes entities. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
