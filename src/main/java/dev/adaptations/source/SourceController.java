package dev.adaptations.source;

import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeRepository;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final NodeRepository nodes;

	SourceController(NodeRepository nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	@Nullable Source source(@Argument String id) {
		return this.nodes.findById(id, Source.class);
	}

}
