package dev.adaptations.node;

import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Type resolution for the {@code Node} and {@code Work} interfaces, and the batched {@code sources} fields.
 */
@Configuration(proxyBeanMethods = false)
class NodeGraphQlConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer nodeTypesAndSources() {
		return builder -> builder.defaultTypeResolver(new GraphTypeResolver())
			.typeVisitors(List.of(new SourcesFieldVisitor()));
	}

}
