package dev.adaptations.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.layout.recordstorage.RecordDatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;

/**
 * The embedded database's store before it first exists, which Neo4j's offline batch importer (the engine of
 * {@code neo4j-admin database import}) can write at a rate no transaction reaches: it builds the record files
 * directly, without transaction state, locks, commits or index updates. Only a store that does not exist yet
 * can be written so, before the database starts; the schema (constraints, indexes) is created afterwards by the
 * migrations, which then populate the indexes from the store.
 * <p>
 * A failed write removes what it wrote, so the database then starts empty, as if nothing had been tried.
 */
public final class NewStore {

	private final Path home;

	private final Config config;

	private boolean written;

	NewStore(Path home) {
		this.home = home;
		this.config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
	}

	/** Whether the default database of the Neo4j home {@code home} does not exist yet. */
	static boolean isNew(Path home) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
		return !Files.exists(layout(config).databaseDirectory());
	}

	/** Whether the store does not exist (not written, or removed after a failed write). */
	public boolean absent() {
		return !Files.exists(layout(this.config).databaseDirectory());
	}

	/** Whether {@link #write} wrote the store. */
	boolean written() {
		return this.written;
	}

	/**
	 * Writes the store from {@code input}: its nodes, then its relationships, which refer to nodes by the ids
	 * the nodes gave. Writes at most once.
	 * @throws IllegalStateException when the store was written already
	 * @throws UncheckedIOException when the import fails; whatever it wrote is removed
	 */
	public void write(Input input) {
		if (this.written) {
			throw new IllegalStateException("The new store was written already");
		}
		RecordDatabaseLayout layout = layout(this.config);
		var fs = new DefaultFileSystemAbstraction();
		try (var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			BatchImporter importer = BatchImporterFactory.withHighestPriority()
				.instantiate(layout, fs, PageCacheTracer.NULL, new ImportConfiguration(), NullLogService.getInstance(),
						ExecutionMonitor.INVISIBLE, DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(this.config),
						this.config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
						TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
						EmptyMemoryTracker.INSTANCE,
						new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER));
			importer.doImport(input);
			this.written = true;
		}
		catch (Exception ex) {
			remove(fs, layout, ex);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io)
					: (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	/** Removes what a failed write left; when that fails too, says so, with the write's failure attached. */
	private static void remove(DefaultFileSystemAbstraction fs, RecordDatabaseLayout layout, Exception failure) {
		try {
			fs.deleteRecursively(layout.databaseDirectory());
			fs.deleteRecursively(layout.getTransactionLogsDirectory());
		}
		catch (IOException ex) {
			var removal = new UncheckedIOException("Could not remove a partly written store from "
					+ layout.databaseDirectory() + "; remove it before starting again", ex);
			removal.addSuppressed(failure);
			throw removal;
		}
	}

	private static RecordDatabaseLayout layout(Config config) {
		return RecordDatabaseLayout.of(Neo4jLayout.of(config), GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * The importer's defaults, plus the label and relationship type lookup indexes a database created by a
	 * transaction gets too.
	 */
	private static final class ImportConfiguration implements Configuration {

		@Override
		public IndexConfig indexConfig() {
			return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
		}

	}

}
