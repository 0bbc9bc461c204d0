package dev.adaptations.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.support.Futures;

import org.springframework.beans.factory.DisposableBean;

/**
 * One start of the embedded database: where its store lives, whether this start creates it, and the running
 * database once it is up. Started either where the {@link EmbeddedDatabase} bean is made, or ahead of it, beside
 * Spring's own start ({@link EarlyEmbeddedStart}); the bean then {@linkplain #handOver() takes it over}. A start
 * nobody took over (the context failed first) is shut down with the context.
 */
final class EmbeddedStart implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStart.class);

	private final EmbeddedNeo4jProperties properties;

	private final Duration transactionTimeout;

	private final Path home;

	private final @Nullable TemporaryStore temporaryStore;

	private final boolean created;

	/** Whether an offline writer filled the store this start creates, before the database started. */
	private volatile boolean seeded;

	private final CompletableFuture<DatabaseManagementService> running = new CompletableFuture<>();

	private final AtomicBoolean handedOver = new AtomicBoolean();

	private EmbeddedStart(EmbeddedNeo4jProperties properties, Duration transactionTimeout) throws IOException {
		failFastIfPortTaken(properties);
		this.properties = properties;
		this.transactionTimeout = transactionTimeout;
		this.temporaryStore = properties.ephemeral() ? TemporaryStore.create() : null;
		this.home = (this.temporaryStore != null) ? this.temporaryStore.home()
				: properties.dataDirectory().toAbsolutePath();
		this.created = NewStore.isNew(this.home);
	}

	/** Prepares a start in the calling thread; {@link #run()} it there or elsewhere. */
	static EmbeddedStart prepare(EmbeddedNeo4jProperties properties, Duration transactionTimeout) throws IOException {
		return new EmbeddedStart(properties, transactionTimeout);
	}

	/** Starts the database in a thread of its own and returns at once. */
	EmbeddedStart inBackground() {
		Thread thread = new Thread(this::run, "neo4j-start");
		thread.setDaemon(true);
		thread.start();
		return this;
	}

	Path home() {
		return this.home;
	}

	/** Whether this start creates the store (so an offline writer may still fill it, before {@link #run()}). */
	boolean created() {
		return this.created;
	}

	/** Records that an offline writer ({@link NewStoreSeed}) filled the store this start creates. */
	void seeded() {
		this.seeded = true;
	}

	/** Whether the application took this start over (or it was stopped unused). */
	boolean handedOver() {
		return this.handedOver.get();
	}

	void run() {
		try {
			this.running.complete(start());
		}
		catch (Throwable ex) {
			removeTemporaryStore();
			this.running.completeExceptionally(ex);
		}
	}

	/** A temporary store whose database failed to start holds nothing anyone can reach: removed at once. */
	private void removeTemporaryStore() {
		if (this.temporaryStore == null) {
			return;
		}
		try {
			this.temporaryStore.remove();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remove the temporary store {}: {}", this.home, ex.toString());
		}
	}

	/**
	 * The running database, for the {@link EmbeddedDatabase} that shuts it down from now on; waits for the start,
	 * and throws what stopped it as it was thrown (so that failure analyzers still recognise it).
	 */
	EmbeddedDatabase handOver() {
		this.handedOver.set(true);
		return new EmbeddedDatabase(Futures.join(this.running), this.temporaryStore, this.created, !this.seeded);
	}

	/** A start the context never took over (it failed before needing the database): stopped, its temporary store removed. */
	@Override
	public void destroy() throws IOException {
		if (this.handedOver.getAndSet(true)) {
			return;
		}
		DatabaseManagementService service = this.running.exceptionally(ex -> null).join();
		if (service != null) {
			new EmbeddedDatabase(service, this.temporaryStore, this.created, !this.seeded).destroy();
		}
	}

	private DatabaseManagementService start() {
		log.info("Starting embedded Neo4j in {} with Bolt on {}:{} and a {} MB page cache", this.home,
				this.properties.boltAddress(), this.properties.boltPort(), this.properties.pageCache().toMegabytes());
		return new DatabaseManagementServiceBuilder(this.home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(this.properties.boltAddress(), this.properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Neo4j would take half of the machine's free memory for its page cache, outside the heap and -Xmx.
			.setConfig(GraphDatabaseSettings.pagecache_memory, this.properties.pageCache().toBytes())
			// No transaction, the application's or a runaway query's, runs longer than graph.limits.transaction-timeout.
			.setConfig(GraphDatabaseSettings.transaction_timeout, this.transactionTimeout)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			// Neo4j's in-JVM channel does not work with the Netty that Boot 4 brings; Bolt over loopback does.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// The defaults wait about ten seconds for Bolt threads on shutdown; restarts and test JVMs need not.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.build();
	}

	private static void failFastIfPortTaken(EmbeddedNeo4jProperties properties) {
		if (properties.boltPort() == 0) {
			return;
		}
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(properties.boltAddress()), properties.boltPort()));
		}
		catch (IOException ex) {
			throw new BoltPortInUseException(properties.boltAddress(), properties.boltPort());
		}
	}

	@Override
	public String toString() {
		return "embedded Neo4j start in " + this.home;
	}

}
