package dev.adaptations.dataset;

import java.util.Map;

/**
 * A dataset file found valid: what it is, and where to read it again. Its rows are not kept: each writing
 * pass streams them from {@link #source()}.
 *
 * @param name the file's name, for messages
 * @param id the dataset's id
 * @param title the dataset's title
 * @param checksum SHA-256 of the file's bytes when it was validated
 * @param source where to read it again
 * @param records how many rows each section holds, in the file's order
 */
public record DatasetFile(String name, String id, String title, String checksum, DatasetSource source,
		Map<String, Long> records) {

	public DatasetFile {
		records = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(records));
	}

}
