package dev.adaptations.dataset;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

import dev.adaptations.neo4j.GraphMigrations;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the configured datasets at startup when they are missing or changed; an unchanged dataset is
 * left alone, so a restart writes nothing. Loading goes on in a thread of its own while the rest of the
 * application is set up, which on a first start saves the second or so the web and GraphQL beans take: it
 * reads and validates while the migrations run, and writes once they ran. The startup waits for it before the
 * web server opens, so {@code /graphql} never answers from a half-loaded graph, and an invalid dataset stops
 * the startup with its problems listed.
 */
@Component
final class DatasetInitializer implements InitializingBean, SmartInitializingSingleton {

	private final DatasetProperties properties;

	private final ResourceLoader resources;

	private final DatasetLoader loader;

	private final GraphMigrations migrations;

	private @Nullable CompletableFuture<Void> loading;

	DatasetInitializer(DatasetProperties properties, ResourceLoader resources, DatasetLoader loader,
			GraphMigrations migrations) {
		this.properties = properties;
		this.resources = resources;
		this.loader = loader;
		this.migrations = migrations;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.properties.loadOnStartup()) {
			return;
		}
		CompletableFuture<Void> load = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				// Reading and validating need only the database; writing waits for the schema.
				this.migrations.awaitConnected();
				this.properties.locations()
					.forEach(location -> this.loader.load(this.resources.getResource(location.strip()),
							this.migrations::awaitApplied));
				load.complete(null);
			}
			catch (Throwable ex) {
				load.completeExceptionally(ex);
			}
		}, "dataset-loader");
		// A startup that fails elsewhere meanwhile does not wait for it; its transaction then rolls back.
		thread.setDaemon(true);
		thread.start();
		this.loading = load;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.loading == null) {
			return;
		}
		try {
			this.loading.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
