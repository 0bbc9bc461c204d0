package dev.adaptations.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

/**
 * A dataset file that can be read more than once: validation and each writing pass stream it from the
 * start, so nothing of it has to stay in memory between passes.
 */
public interface DatasetSource {

	/** The file's name, as messages show it. */
	String name();

	/** The size in bytes, or -1 when unknown; progress is shown against it. */
	long size();

	InputStream open() throws IOException;

	/** Whether the content is JSON (by its name) rather than YAML. */
	default boolean json() {
		return name().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
	}

	static DatasetSource of(Path path) {
		return new DatasetSource() {
			@Override
			public String name() {
				return path.getFileName().toString();
			}

			@Override
			public long size() {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					return -1;
				}
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(path);
			}
		};
	}

	static DatasetSource of(Resource resource) {
		String name = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
		return new DatasetSource() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public long size() {
				try {
					return resource.contentLength();
				}
				catch (IOException ex) {
					return -1;
				}
			}

			@Override
			public InputStream open() throws IOException {
				return resource.getInputStream();
			}
		};
	}

	static DatasetSource of(String name, byte[] bytes) {
		return new DatasetSource() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public long size() {
				return bytes.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}

	/** Opens the source, turning an I/O failure into an unchecked one for callers inside lambdas. */
	default InputStream openUnchecked() {
		try {
			return open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
