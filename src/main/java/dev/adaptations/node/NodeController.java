package dev.adaptations.node;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	private final NodeRepository nodes;

	NodeController(NodeRepository nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	@Nullable Node node(@Argument String id) {
		return this.nodes.findByIds(List.of(id)).get(id);
	}

}
