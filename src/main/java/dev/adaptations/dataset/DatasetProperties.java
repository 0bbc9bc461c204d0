package dev.adaptations.dataset;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which datasets to load at startup.
 *
 * @param locations Spring resource locations of dataset files ({@code classpath:...}, {@code file:...})
 * @param loadOnStartup whether to load them when missing or changed
 */
@ConfigurationProperties("graph.dataset")
public record DatasetProperties(List<String> locations, @DefaultValue("true") boolean loadOnStartup) {

	public DatasetProperties {
		locations = (locations != null) ? List.copyOf(locations) : List.of();
	}

}
