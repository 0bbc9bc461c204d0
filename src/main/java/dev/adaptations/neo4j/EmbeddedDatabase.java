package dev.adaptations.neo4j;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.DisposableBean;

/**
 * The running embedded database; shuts it down with the application context and, when it was started in
 * a temporary directory, removes that directory too.
 */
public final class EmbeddedDatabase implements DisposableBean {

	private final DatabaseManagementService service;

	private final @Nullable Path temporaryHome;

	private final boolean created;

	EmbeddedDatabase(DatabaseManagementService service, @Nullable Path temporaryHome, boolean created) {
		this.service = service;
		this.temporaryHome = temporaryHome;
		this.created = created;
	}

	/** Whether this start created the store (it may hold what an offline import wrote, but no migration yet). */
	public boolean created() {
		return this.created;
	}

	public DatabaseManagementService service() {
		return this.service;
	}

	@Override
	public void destroy() throws IOException {
		this.service.shutdown();
		if (this.temporaryHome != null) {
			deleteRecursively(this.temporaryHome);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
