package dev.adaptations.explore;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.Node;
import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.node.Reference;
import dev.adaptations.support.InvalidArgumentException;
import dev.adaptations.support.Selections;
import dev.adaptations.support.NotFoundException;
import dev.adaptations.work.Work;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

@Controller
class ExploreController {

	static final int MAX_PATH_LENGTH = 10;

	static final int MAX_DEPTH = 3;

	static final int MAX_NEIGHBOURHOOD = 1000;

	private final FamilyRepository families;

	private final GraphWalkRepository walks;

	private final TimelineRepository timelines;

	private final NodeRepository nodes;

	ExploreController(FamilyRepository families, GraphWalkRepository walks, TimelineRepository timelines,
			NodeRepository nodes) {
		this.families = families;
		this.walks = walks;
		this.timelines = timelines;
		this.nodes = nodes;
	}

	@QueryMapping
	AdaptationFamily adaptationFamily(@Argument String workId) {
		return this.families.family(workId).orElseThrow(() -> new NotFoundException("workId", workId));
	}

	@QueryMapping
	@Nullable Path path(@Argument String from, @Argument String to, @Argument @Nullable Integer maxLength,
			DataFetchingEnvironment environment) {
		int length = inRange("maxLength", maxLength, 6, 1, MAX_PATH_LENGTH);
		if (from.equals(to)) {
			return this.walks.elementId(from).isPresent() ? new Path(0, List.of()) : null;
		}
		// The steps' nodes come with the path when the request follows them: one statement, not two.
		NodeRead ends = NodeRead.of(environment.getSelectionSet(), "steps/from", "steps/to");
		return this.walks.shortestPath(from, to, length, ends, NodeLoader.primer(environment)).orElse(null);
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
			DataFetchingEnvironment environment) {
		int levels = inRange("depth", depth, 1, 1, MAX_DEPTH);
		int size = inRange("limit", limit, 100, 1, MAX_NEIGHBOURHOOD);
		var selection = environment.getSelectionSet();
		return this.walks.neighbourhood(id, levels, size, NodeRead.of(selection, "nodes"),
				Selections.selects(selection, "edges"), NodeLoader.primer(environment))
			.orElseThrow(() -> new NotFoundException("id", id));
	}

	@QueryMapping
	List<TimelineEntry> timeline(@Argument String workId, @Argument @Nullable Boolean includeDisputed) {
		if (this.nodes.findById(workId, Work.class) == null) {
			throw new NotFoundException("workId", workId);
		}
		return this.timelines.timeline(workId, includeDisputed == null || includeDisputed);
	}

	/**
	 * A step's ends: the identities the path's statement read, or the nodes through the node cache (see
	 * {@link Reference}).
	 */
	@Bean
	static RuntimeWiringConfigurer pathStepEnds() {
		return wiring -> wiring.type("PathStep",
				type -> type.dataFetcher("from", Reference.to(PathStep::fromId, PathStep::fromNode))
					.dataFetcher("to", Reference.to(PathStep::toId, PathStep::toNode)));
	}

	@SchemaMapping(typeName = "TimelineEntry")
	CompletableFuture<@Nullable Work> work(TimelineEntry entry, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, entry.workId());
	}

	@SchemaMapping(typeName = "TimelineEntry")
	CompletableFuture<@Nullable Node> subject(TimelineEntry entry, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, entry.subjectId());
	}

	private static int inRange(String argument, @Nullable Integer value, int defaultValue, int min, int max) {
		int actual = (value != null) ? value : defaultValue;
		if (actual < min || actual > max) {
			throw new InvalidArgumentException(argument, "must be between " + min + " and " + max + ", got " + actual);
		}
		return actual;
	}

}
