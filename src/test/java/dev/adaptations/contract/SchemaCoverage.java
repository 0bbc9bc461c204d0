package dev.adaptations.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which fields of the schema the test documents request: every field of every type reachable from
 * {@code Query}, as {@code Type.field}. A field requested through an interface counts for the interface and
 * every type implementing it, since that is how clients ask for it.
 */
final class SchemaCoverage {

	private final GraphQLSchema schema;

	SchemaCoverage(GraphQLSchema schema) {
		this.schema = schema;
	}

	/** Every field of every object or interface type reachable from the query root. */
	Set<String> fieldsReachableFromQuery() {
		Set<String> fields = new TreeSet<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<GraphQLFieldsContainer> pending = new ArrayDeque<>();
		pending.add(this.schema.getQueryType());
		while (!pending.isEmpty()) {
			GraphQLFieldsContainer type = pending.poll();
			if (!seen.add(type.getName())) {
				continue;
			}
			if (type instanceof GraphQLInterfaceType iface) {
				pending.addAll(this.schema.getImplementations(iface));
			}
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				fields.add(type.getName() + "." + field.getName());
				if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer next) {
					pending.add(next);
				}
			}
		}
		return fields;
	}

	/** The fields requested by every document matching the given resource pattern. */
	Set<String> fieldsRequestedBy(String locationPattern) {
		Set<String> covered = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
				Document document = Parser.parse(resource.getContentAsString(StandardCharsets.UTF_8));
				Map<String, FragmentDefinition> fragments = new HashMap<>();
				document.getDefinitionsOfType(FragmentDefinition.class)
					.forEach(fragment -> fragments.put(fragment.getName(), fragment));
				for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
					collect(operation.getSelectionSet(), this.schema.getQueryType(), fragments, covered);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return covered;
	}

	private void collect(SelectionSet selections, GraphQLCompositeType type, Map<String, FragmentDefinition> fragments,
			Set<String> covered) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				if (field.getName().startsWith("__")) {
					continue;
				}
				GraphQLFieldDefinition definition = ((GraphQLFieldsContainer) type).getFieldDefinition(field.getName());
				if (definition == null) {
					throw new IllegalStateException("No field " + type.getName() + "." + field.getName());
				}
				covered.add(type.getName() + "." + field.getName());
				if (type instanceof GraphQLInterfaceType iface) {
					for (GraphQLObjectType implementation : this.schema.getImplementations(iface)) {
						covered.add(implementation.getName() + "." + field.getName());
					}
				}
				if (field.getSelectionSet() != null) {
					collect(field.getSelectionSet(), (GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(definition.getType()),
							fragments, covered);
				}
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLCompositeType target = (inline.getTypeCondition() != null)
						? compositeType(inline.getTypeCondition().getName()) : type;
				collect(inline.getSelectionSet(), target, fragments, covered);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				collect(fragment.getSelectionSet(), compositeType(fragment.getTypeCondition().getName()), fragments,
						covered);
			}
		}
	}

	private GraphQLCompositeType compositeType(String name) {
		GraphQLNamedType type = (GraphQLNamedType) this.schema.getType(name);
		return (GraphQLCompositeType) type;
	}

}
