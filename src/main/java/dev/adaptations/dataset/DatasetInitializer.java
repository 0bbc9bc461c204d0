package dev.adaptations.dataset;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;

import dev.adaptations.neo4j.GraphMigrations;
import dev.adaptations.support.Futures;

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
		// Asked here, in the thread that creates beans. Into a graph this start created empty, the first dataset is
		// written without looking the graph up: nothing is loaded, and nothing outside the file can be referred to.
		@Nullable GraphDatabaseService createdEmpty = this.migrations.createdEmptyDatabase();
		// Reading and validating need only the database; writing waits for the schema.
		this.loading = Futures.inThread("dataset-loader", () -> {
			this.migrations.awaitConnected();
			@Nullable GraphDatabaseService empty = createdEmpty;
			for (String location : this.properties.locations()) {
				this.loader.load(this.resources.getResource(location.strip()), this.migrations::awaitApplied, empty);
				empty = null;
			}
		});
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.loading == null) {
			return;
		}
		Futures.join(this.loading);
	}

}
