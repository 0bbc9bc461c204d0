package dev.adaptations.compiled;

/**
 * A request the compiled read cannot answer exactly as the resolvers would: a field it does not cover, or an answer
 * the resolvers would report an error for. The request then runs field by field. Thrown often and never shown, so
 * without a stack trace.
 */
final class Unsupported extends RuntimeException {

	Unsupported() {
		super(null, null, false, false);
	}

}
