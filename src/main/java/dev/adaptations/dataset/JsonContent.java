package dev.adaptations.dataset;

import java.io.IOException;
import java.io.InputStream;

/**
 * A YAML-named file whose content looks like JSON (it opens with <code>{</code>), read with the JSON parser:
 * JSON is YAML, and Jackson's JSON parser reads it ten times faster than SnakeYAML, which matters for the
 * generated and exported files of hundreds of megabytes that each pass reads again. Only a guess: the
 * reader validates again as YAML whenever such a file is found invalid, so YAML alone decides what is wrong
 * and how it is said.
 */
record JsonContent(DatasetSource yaml) implements DatasetSource {

	/** {@code source} itself, or read as JSON when it is named YAML but opens like JSON. */
	static DatasetSource of(DatasetSource source) {
		if (source.json()) {
			return source;
		}
		try (InputStream in = source.open()) {
			int b = in.read();
			while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				b = in.read();
			}
			return (b == '{') ? new JsonContent(source) : source;
		}
		catch (IOException ex) {
			// The validation opens it again and reports what is wrong.
			return source;
		}
	}

	@Override
	public String name() {
		return this.yaml.name();
	}

	@Override
	public long size() {
		return this.yaml.size();
	}

	@Override
	public InputStream open() throws IOException {
		return this.yaml.open();
	}

	@Override
	public boolean json() {
		return true;
	}

}
