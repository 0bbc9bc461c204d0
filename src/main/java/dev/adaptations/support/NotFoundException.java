package dev.adaptations.support;

/**
 * An id that names nothing, where the field cannot answer null; reported as {@code NOT_FOUND}.
 */
public final class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String id) {
		super("Argument '" + argument + "': no node has the id '" + id + "'");
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
