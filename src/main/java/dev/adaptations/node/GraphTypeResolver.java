package dev.adaptations.node;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;

import dev.adaptations.work.Work;

import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Resolves interface types by Java class name, as Spring for GraphQL does, except for works: one
 * {@link Work} record serves the seven GraphQL work types, chosen by its kind, and a {@link NodeIdentity} names
 * its type itself.
 */
final class GraphTypeResolver extends ClassNameTypeResolver {

	@Override
	public GraphQLObjectType getType(TypeResolutionEnvironment environment) {
		if (environment.getObject() instanceof Work work) {
			return environment.getSchema().getObjectType(work.kind().typeName());
		}
		if (environment.getObject() instanceof NodeIdentity identity) {
			return environment.getSchema().getObjectType(identity.typeName());
		}
		return super.getType(environment);
	}

}
