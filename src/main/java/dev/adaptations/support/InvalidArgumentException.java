package dev.adaptations.support;

/**
 * A client's argument that cannot be served; reported as {@code BAD_REQUEST} naming the argument.
 */
public final class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
