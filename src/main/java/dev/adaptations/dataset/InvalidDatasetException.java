package dev.adaptations.dataset;

import java.util.List;

/**
 * A dataset file that cannot be loaded: unreadable, not valid against the dataset schema, or with
 * references that do not resolve. Lists the problems found, each as {@code file: line L: $.path: reason}.
 */
public final class InvalidDatasetException extends RuntimeException {

	private final List<String> problems;

	InvalidDatasetException(String file, List<String> problems) {
		this(file, problems, problems.size());
	}

	/** {@code total} may exceed the problems listed: a huge broken file lists only its first ones. */
	InvalidDatasetException(String file, List<String> problems, int total) {
		super("Dataset " + file + " is invalid (" + count(total) + ((total > problems.size())
				? ", the first " + problems.size() + " listed" : "") + "):\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

	private static String count(int total) {
		return String.format("%,d problem%s", total, (total == 1) ? "" : "s");
	}

}
