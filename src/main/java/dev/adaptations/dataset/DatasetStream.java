package dev.adaptations.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads a dataset file one row at a time with Jackson's streaming parser: only the row being handled is a
 * tree in memory, whatever the size of the file. Every pass (validation, nodes, relationships) reads the
 * file through here; each computes the file's checksum as it goes, so a file changed between passes is
 * noticed.
 */
final class DatasetStream {

	// Duplicate keys are an error, not "the last one wins": a row with two ids is a mistake in the file.
	// SnakeYAML stops a document at 3 MB of code points by default; a streamed dataset may be any size.
	private static final ObjectMapper YAML = YAMLMapper
		.builder(YAMLFactory.builder()
			.loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
			.build())
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private DatasetStream() {
	}

	/** What a pass does with the file's content. */
	interface Visitor {

		/** A top-level value that is not a list: {@code format}, {@code dataset}, or a mistake. */
		default void value(String key, int line, JsonNode value) {
		}

		/** A top-level list begins; returns whether its rows are wanted as trees (else they are skipped). */
		default boolean sectionStarted(String key, int line) {
			return true;
		}

		default void row(String key, int index, int line, JsonNode row) {
		}

		default void sectionEnded(String key, int rows) {
		}

	}

	/**
	 * The file does not parse, or is not a mapping of sections.
	 *
	 * @param line the line of the problem (1-based; 0 when unknown)
	 * @param path where in the document, as far as the parser got
	 */
	static final class Malformed extends RuntimeException {

		final int line;

		final String path;

		Malformed(int line, String path, String message) {
			super(message);
			this.line = line;
			this.path = path;
		}

	}

	/** Reads {@code source} once, from the start, and returns the SHA-256 of all its bytes. */
	static String read(DatasetSource source, Visitor visitor, ImportProgress progress) {
		try (InputStream raw = source.open();
				CountingInputStream counting = new CountingInputStream(raw);
				DigestInputStream digesting = new DigestInputStream(counting, sha256())) {
			read(source, digesting, counting, visitor, progress);
			// The parser may stop before trailing whitespace or comments; the checksum covers every byte.
			return rest(digesting);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	/** The checksum {@link #read} would return, from the bytes alone: nothing is parsed. */
	static String checksum(DatasetSource source) throws IOException {
		try (DigestInputStream digesting = new DigestInputStream(source.open(), sha256())) {
			return rest(digesting);
		}
	}

	/** Reads what is left of the stream and returns the hex digest of everything it read. */
	private static String rest(DigestInputStream digesting) throws IOException {
		digesting.transferTo(OutputStream.nullOutputStream());
		return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
	}

	private static void read(DatasetSource source, InputStream in, CountingInputStream counting, Visitor visitor,
			ImportProgress progress) {
		String key = null;
		int index = -1;
		long records = 0;
		ObjectMapper mapper = source.json() ? JSON : YAML;
		try (JsonParser parser = mapper.createParser(in)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw new Malformed(1, "$", (counting.count == 0) ? "the file is empty" : "the file holds no document");
			}
			if (token != JsonToken.START_OBJECT) {
				throw new Malformed(line(parser), "$",
						"the top level must be a mapping of format, dataset and sections, not " + describe(token));
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				key = parser.currentName();
				index = -1;
				JsonToken value = parser.nextToken();
				int line = line(parser);
				if (value != JsonToken.START_ARRAY) {
					visitor.value(key, line, parser.readValueAsTree());
					continue;
				}
				boolean wanted = visitor.sectionStarted(key, line);
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					index++;
					int rowLine = line(parser);
					if (wanted) {
						visitor.row(key, index, rowLine, parser.readValueAsTree());
					}
					else {
						parser.skipChildren();
					}
					progress.advanced(++records, counting.count);
				}
				visitor.sectionEnded(key, index + 1);
			}
			key = null;
			if (parser.nextToken() != null) {
				throw new Malformed(line(parser), "$",
						"the file holds more than one document (or content after its end); one dataset per file");
			}
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			String path = (key == null) ? "$" : "$." + key + ((index >= 0) ? "[" + index + "]" : "");
			String format = source.json() ? "JSON" : "YAML or JSON";
			String column = (location != null && location.getColumnNr() > 0) ? " at column " + location.getColumnNr()
					: "";
			throw new Malformed((location != null) ? Math.max(location.getLineNr(), 0) : 0, path,
					"not well-formed " + format + column + " (" + ex.getOriginalMessage() + ")");
		}
	}

	private static int line(JsonParser parser) {
		return parser.currentTokenLocation().getLineNr();
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "a list";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			default -> "a single value";
		};
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counts the bytes handed to the parser, for progress against the file's size. */
	private static final class CountingInputStream extends FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
