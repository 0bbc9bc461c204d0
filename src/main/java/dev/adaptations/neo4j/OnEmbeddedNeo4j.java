package dev.adaptations.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external Neo4j is configured: a set {@code spring.neo4j.uri} (for example from
 * {@code SPRING_NEO4J_URI}) always wins, and {@code graph.embedded.enabled=false} switches the embedded
 * database off for tests that bring their own connection (Testcontainers).
 */
final class OnEmbeddedNeo4j implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return matches(context.getEnvironment());
	}

	static boolean matches(Environment environment) {
		String uri = environment.getProperty("spring.neo4j.uri");
		boolean enabled = environment.getProperty("graph.embedded.enabled", Boolean.class, true);
		return enabled && (uri == null || uri.isBlank());
	}

}
