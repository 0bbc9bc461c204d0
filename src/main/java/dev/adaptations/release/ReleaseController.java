package dev.adaptations.release;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.organization.Organization;
import dev.adaptations.support.BatchLoaders;
import dev.adaptations.work.Work;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class ReleaseController {

	private static final String RELEASES_OF_WORK = "Work.releases";

	ReleaseController(ReleaseRepository releases, BatchLoaderRegistry registry) {
		BatchLoaders.register(registry, RELEASES_OF_WORK, releases::ofWorks);
	}

	@SchemaMapping(typeName = "Work", field = "releases")
	CompletableFuture<List<Release>> releases(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, RELEASES_OF_WORK, work.id());
	}

	@SchemaMapping
	CompletableFuture<@Nullable Work> work(Release release, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, release.workId());
	}

	@SchemaMapping
	CompletableFuture<@Nullable Organization> platform(Release release, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, release.platformId());
	}

	@SchemaMapping
	CompletableFuture<List<Work>> works(Event event, DataFetchingEnvironment environment) {
		return NodeLoader.loadAll(environment, event.workIds());
	}

}
