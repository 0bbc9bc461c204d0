package dev.adaptations.release;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.organization.Organization;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReleaseController {

	private final ReleaseRepository releases;

	ReleaseController(ReleaseRepository releases) {
		this.releases = releases;
	}

	@BatchMapping(typeName = "Work", field = "releases")
	Map<Work, List<Release>> releases(List<Work> works) {
		return BatchQueries.byParent(works, Work::id, this.releases.ofWorks(works.stream().map(Work::id).toList()));
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
