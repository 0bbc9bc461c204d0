package dev.adaptations.neo4j;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The directory of an ephemeral store ({@code graph.embedded.ephemeral=true}), in the JVM's temporary directory:
 * removed when the database shuts down with the context, and at once when the database fails to start (nothing
 * can reach it then, and each failed start used to leave its few megabytes behind).
 */
final class TemporaryStore {

	private final Path home;

	private final AtomicBoolean removed = new AtomicBoolean();

	private TemporaryStore(Path home) {
		this.home = home;
	}

	/** A new, empty directory in the JVM's temporary directory. */
	static TemporaryStore create() throws IOException {
		return new TemporaryStore(Files.createTempDirectory("adaptation-graph-neo4j-"));
	}

	Path home() {
		return this.home;
	}

	/** Removes the directory (its database already shut down, or never started); later calls do nothing. */
	void remove() throws IOException {
		if (!this.removed.getAndSet(true)) {
			deleteRecursively(this.home);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (NoSuchFileException ex) {
			// Already gone.
		}
	}

}
