package dev.adaptations.support;

/**
 * An id that names nothing, where the field cannot answer null; reported as {@code NOT_FOUND}.
 */
public final class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String id) {
		this(argument, id, "Argument '" + argument + "': no node has the id '" + id + "'");
	}

	private NotFoundException(String argument, String id, String message) {
		super(message);
		this.argument = argument;
	}

	/** Nothing matches what the argument describes (a link between two existing nodes, say). */
	public static NotFoundException because(String argument, String message) {
		return new NotFoundException(argument, "", argument + ": " + message);
	}

	public String argument() {
		return this.argument;
	}

}
