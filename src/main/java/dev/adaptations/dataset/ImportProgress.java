package dev.adaptations.dataset;

/**
 * Told how a validation or write pass over a dataset file advances, for progress displays. Called on the
 * importing thread, once per row: implementations decide themselves how often to show anything.
 */
public interface ImportProgress {

	/** Does nothing: the startup loader's progress. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** The passes over each file. */
	enum Phase {

		VALIDATING("validating"), WRITING_NODES("writing nodes"), WRITING_RELATIONSHIPS("writing relationships");

		private final String label;

		Phase(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** A pass over {@code file} begins; {@code totalBytes} is -1 when the size is unknown. */
	default void started(String file, Phase phase, long totalBytes) {
	}

	/** {@code records} rows and {@code bytes} bytes of the file have been processed in this pass. */
	default void advanced(long records, long bytes) {
	}

	/** A batch of {@code rows} rows of {@code section} was written in its own statement group. */
	default void batchWritten(String section, int rows) {
	}

	/** The pass is complete. */
	default void finished() {
	}

	/** Something the person importing should know, such as a change of plan. */
	default void note(String message) {
	}

}
