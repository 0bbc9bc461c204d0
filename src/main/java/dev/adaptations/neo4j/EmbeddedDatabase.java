package dev.adaptations.neo4j;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.DisposableBean;

/**
 * The running embedded database; shuts it down with the application context and, when it was started in
 * a temporary directory ({@link TemporaryStore}), removes that directory too.
 */
public final class EmbeddedDatabase implements DisposableBean {

	private final DatabaseManagementService service;

	private final @Nullable TemporaryStore temporaryStore;

	private final boolean created;

	private final boolean createdEmpty;

	EmbeddedDatabase(DatabaseManagementService service, @Nullable TemporaryStore temporaryStore, boolean created,
			boolean createdEmpty) {
		this.service = service;
		this.temporaryStore = temporaryStore;
		this.created = created;
		this.createdEmpty = created && createdEmpty;
	}

	/** Whether this start created the store (it may hold what an offline import wrote, but no migration yet). */
	public boolean created() {
		return this.created;
	}

	/**
	 * Whether this start created the store and nothing wrote it offline: until the startup's own writes, the graph
	 * holds no entity and no dataset.
	 */
	public boolean createdEmpty() {
		return this.createdEmpty;
	}

	public DatabaseManagementService service() {
		return this.service;
	}

	/** The application's graph: Neo4j's default database. */
	public GraphDatabaseService database() {
		return this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Override
	public void destroy() throws IOException {
		this.service.shutdown();
		if (this.temporaryStore != null) {
			this.temporaryStore.remove();
		}
	}

}
