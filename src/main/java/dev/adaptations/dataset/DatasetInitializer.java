package dev.adaptations.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the configured datasets at startup when they are missing or changed; an unchanged dataset is
 * left alone, so a restart writes nothing. An invalid dataset stops the startup with its problems listed.
 */
@Component
final class DatasetInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatasetInitializer.class);

	private final DatasetProperties properties;

	private final ResourceLoader resources;

	private final DatasetReader reader;

	private final DatasetWriter writer;

	DatasetInitializer(DatasetProperties properties, ResourceLoader resources, DatasetReader reader,
			DatasetWriter writer) {
		this.properties = properties;
		this.resources = resources;
		this.reader = reader;
		this.writer = writer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.loadOnStartup()) {
			return;
		}
		for (String location : this.properties.locations()) {
			DatasetFile dataset = this.reader.read(this.resources.getResource(location.strip()));
			if (dataset.checksum().equals(this.writer.loadedChecksum(dataset.id()))) {
				log.info("Dataset '{}' is loaded and unchanged", dataset.id());
				continue;
			}
			this.writer.write(dataset);
			log.info("Loaded dataset '{}' from {}", dataset.id(), dataset.name());
		}
	}

}
