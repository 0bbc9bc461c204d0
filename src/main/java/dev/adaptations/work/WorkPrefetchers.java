package dev.adaptations.work;

import dev.adaptations.node.Prefetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A work's lists that {@code work(id:)} reads in its own statement when the request selects them, through the
 * same queries as their batch loaders ({@link WorkController}).
 */
@Configuration(proxyBeanMethods = false)
class WorkPrefetchers {

	@Bean
	Prefetcher workParts() {
		return Prefetcher.list(Work.class, "parts", WorkController.PARTS, related -> WorkRepository.PARTS);
	}

	@Bean
	Prefetcher workAdaptations() {
		return Prefetcher.list(Work.class, "adaptations", WorkController.ADAPTATIONS, WorkRepository::adaptations);
	}

	@Bean
	Prefetcher workAdaptedFrom() {
		return Prefetcher.list(Work.class, "adaptedFrom", WorkController.ADAPTED_FROM, WorkRepository::adaptedFrom);
	}

}
