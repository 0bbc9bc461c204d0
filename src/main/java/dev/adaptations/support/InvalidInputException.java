package dev.adaptations.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mutation input that cannot be applied; reported as one {@code BAD_REQUEST} error per problem, each
 * naming the input path at fault ({@code input.year}, {@code input.newSources[0].id}). Nothing was written.
 */
public final class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		this(distinctPaths(problems));
	}

	private InvalidInputException(Collection<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/** The first problem of each path: one check failing twice (the dataset rules, then the schema) is one error. */
	private static Collection<Problem> distinctPaths(List<Problem> problems) {
		Map<String, Problem> byPath = new LinkedHashMap<>();
		problems.forEach(problem -> byPath.putIfAbsent(problem.path(), problem));
		return byPath.values();
	}

	public InvalidInputException(String path, String message) {
		this(List.of(new Problem(path, message)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * @param path the input path, such as {@code input.year}
	 * @param message what is wrong with it
	 */
	public record Problem(String path, String message) {

		@Override
		public String toString() {
			return this.path + ": " + this.message;
		}

	}

}
