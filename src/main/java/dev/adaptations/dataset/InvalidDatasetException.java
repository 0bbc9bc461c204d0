package dev.adaptations.dataset;

import java.util.List;

/**
 * A dataset file that cannot be loaded: unreadable, not valid against the dataset schema, or with
 * references that do not resolve. Lists every problem found, each with its file and position.
 */
public final class InvalidDatasetException extends RuntimeException {

	private final List<String> problems;

	InvalidDatasetException(String file, List<String> problems) {
		super("Dataset " + file + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
				+ "):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
