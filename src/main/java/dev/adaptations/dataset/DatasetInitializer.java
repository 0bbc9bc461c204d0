package dev.adaptations.dataset;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the configured datasets at startup when they are missing or changed; an unchanged dataset is
 * left alone, so a restart writes nothing. It runs once every bean exists (so after the migrations) and
 * before the web server opens, so {@code /graphql} never answers from a half-loaded graph; an invalid
 * dataset stops the startup with its problems listed.
 */
@Component
final class DatasetInitializer implements SmartInitializingSingleton {

	private final DatasetProperties properties;

	private final ResourceLoader resources;

	private final DatasetLoader loader;

	DatasetInitializer(DatasetProperties properties, ResourceLoader resources, DatasetLoader loader) {
		this.properties = properties;
		this.resources = resources;
		this.loader = loader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.loadOnStartup()) {
			this.properties.locations().forEach(location -> this.loader.load(this.resources.getResource(location.strip())));
		}
	}

}
