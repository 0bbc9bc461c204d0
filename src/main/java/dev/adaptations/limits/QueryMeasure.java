package dev.adaptations.limits;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import org.jspecify.annotations.Nullable;

/**
 * Measures one operation of a parsed, not yet validated document: its depth, its aliases, the page sizes it asks for,
 * and its cost.
 * <p>
 * The cost model: every field costs 1. A list field costs 1 plus its size times the cost of one item's selection; its
 * size is its {@code first} or {@code limit} argument (as sent, or the schema's default), otherwise
 * {@code default-list-size}. A field that takes {@code first} or {@code limit} but is not itself a list (a connection
 * such as {@code works}, a subgraph such as {@code neighborhood}) passes its size to the lists directly inside it
 * ({@code edges}, {@code nodes}), which make up its page. Fragments count as if every one of them applied.
 * Introspection ({@code __schema}, {@code __type}) costs 1 and is bounded by graphql-java's own introspection checks.
 * <p>
 * Each fragment is measured once per page size it inherits, so documents that spread fragments into fragments cost
 * time in proportion to their length, not to their expansion; sums saturate instead of overflowing. An unknown field,
 * type or fragment counts as a leaf and is left for validation to report.
 */
final class QueryMeasure {

	private static final List<String> SIZE_ARGUMENTS = List.of("first", "limit");

	private final GraphQLSchema schema;

	private final int defaultListSize;

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final Map<String, @Nullable Object> variables = new HashMap<>();

	private final Map<String, Shape> measured = new HashMap<>();

	private final Set<String> expanding = new HashSet<>();

	private final List<PageRequest> pages = new ArrayList<>();

	/** The variables any size argument refers to, whatever their values. */
	private final Set<String> sizeVariables = new HashSet<>();

	private QueryMeasure(GraphQLSchema schema, int defaultListSize) {
		this.schema = schema;
		this.defaultListSize = defaultListSize;
	}

	/**
	 * Measures the operation that {@code operationName} selects (the only one when null or empty); a document whose
	 * operation cannot be chosen measures as empty, and fails before execution anyway.
	 */
	static Measurement measure(GraphQLSchema schema, Document document, @Nullable String operationName,
			Map<String, ?> variables, int defaultListSize) {
		QueryMeasure measure = new QueryMeasure(schema, defaultListSize);
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			measure.fragments.putIfAbsent(fragment.getName(), fragment);
		}
		OperationDefinition operation = operation(document, operationName);
		if (operation == null) {
			return new Measurement(0, 0, 0, List.of(), Set.of());
		}
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			if (definition.getDefaultValue() != null) {
				measure.variables.put(definition.getName(), definition.getDefaultValue());
			}
		}
		measure.variables.putAll(variables);
		Shape shape = measure.selections(operation.getSelectionSet(), rootType(schema, operation), null);
		return new Measurement(shape.cost(), shape.depth(), shape.aliases(), List.copyOf(measure.pages),
				Set.copyOf(measure.sizeVariables));
	}

	private static @Nullable OperationDefinition operation(Document document, @Nullable String name) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (name == null || name.isEmpty()) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
	}

	private static @Nullable GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
		return switch (operation.getOperation()) {
			case QUERY -> schema.getQueryType();
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
		};
	}

	private Shape selections(@Nullable SelectionSet selectionSet, @Nullable GraphQLType parentType,
			@Nullable Long inheritedSize) {
		Shape total = Shape.NONE;
		if (selectionSet == null) {
			return total;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				total = total.beside(field(field, parentType, inheritedSize));
			}
			else if (selection instanceof InlineFragment fragment) {
				GraphQLType type = (fragment.getTypeCondition() != null)
						? this.schema.getType(fragment.getTypeCondition().getName()) : parentType;
				total = total.beside(selections(fragment.getSelectionSet(), type, inheritedSize));
			}
			else if (selection instanceof FragmentSpread spread) {
				total = total.beside(fragment(spread.getName(), inheritedSize));
			}
		}
		return total;
	}

	private Shape fragment(String name, @Nullable Long inheritedSize) {
		FragmentDefinition definition = this.fragments.get(name);
		String key = name + "/" + inheritedSize;
		if (definition == null || this.expanding.contains(name)) {
			return Shape.NONE; // unknown or cyclic: validation reports it
		}
		Shape known = this.measured.get(key);
		if (known != null) {
			return known;
		}
		this.expanding.add(name);
		Shape shape = selections(definition.getSelectionSet(),
				this.schema.getType(definition.getTypeCondition().getName()), inheritedSize);
		this.expanding.remove(name);
		this.measured.put(key, shape);
		return shape;
	}

	private Shape field(Field field, @Nullable GraphQLType parentType, @Nullable Long inheritedSize) {
		long alias = (field.getAlias() != null) ? 1 : 0;
		if (field.getName().equals("__schema") || field.getName().equals("__type")) {
			return new Shape(1, 1, alias);
		}
		GraphQLFieldDefinition definition = (parentType instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinition(field.getName()) : null;
		boolean list = definition != null && GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
		Long size = size(field, definition);
		Shape children = selections(field.getSelectionSet(),
				(definition != null) ? GraphQLTypeUtil.unwrapAll(definition.getType()) : null, list ? null : size);
		long cost;
		if (list) {
			long items = (size != null) ? size : (inheritedSize != null) ? inheritedSize : this.defaultListSize;
			cost = plus(1, times(Math.max(0, items), children.cost()));
		}
		else {
			cost = plus(1, children.cost());
		}
		return new Shape(cost, 1 + children.depth(), plus(alias, children.aliases()));
	}

	/** The field's {@code first} or {@code limit}, as sent or by default; records every {@code first} sent. */
	private @Nullable Long size(Field field, @Nullable GraphQLFieldDefinition definition) {
		for (Argument argument : field.getArguments()) {
			if (SIZE_ARGUMENTS.contains(argument.getName()) && argument.getValue() instanceof VariableReference variable) {
				this.sizeVariables.add(variable.getName());
			}
		}
		for (String name : SIZE_ARGUMENTS) {
			Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
			Long sent = (argument != null) ? number(argument.getValue()) : null;
			if (sent != null) {
				if (name.equals("first")) {
					this.pages.add(new PageRequest(field.getName(), sent, field.getSourceLocation()));
				}
				return sent;
			}
			GraphQLArgument declared = (definition != null) ? definition.getArgument(name) : null;
			if (declared != null && declared.hasSetDefaultValue()) {
				InputValueWithState value = declared.getArgumentDefaultValue();
				Long byDefault = number(value.getValue());
				if (byDefault != null) {
					return byDefault;
				}
			}
		}
		return null;
	}

	private @Nullable Long number(@Nullable Object value) {
		if (value instanceof VariableReference variable) {
			return number(this.variables.get(variable.getName()));
		}
		if (value instanceof IntValue literal) {
			return clamp(literal.getValue());
		}
		if (value instanceof BigInteger big) {
			return clamp(big);
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		return null; // absent, null, or not an integer: coercion reports it
	}

	private static long clamp(BigInteger value) {
		return value.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
	}

	private static long plus(long a, long b) {
		long sum = a + b;
		return (((a ^ sum) & (b ^ sum)) < 0) ? Long.MAX_VALUE : sum;
	}

	private static long times(long a, long b) {
		return (a != 0 && b > Long.MAX_VALUE / a) ? Long.MAX_VALUE : a * b;
	}

	/** What a selection adds up to: its cost, its depth in fields, and its aliases. */
	private record Shape(long cost, int depth, long aliases) {

		static final Shape NONE = new Shape(0, 0, 0);

		Shape beside(Shape other) {
			return new Shape(plus(this.cost, other.cost), Math.max(this.depth, other.depth),
					plus(this.aliases, other.aliases));
		}

	}

	/** A {@code first} the request sent, with the field it was sent to. */
	record PageRequest(String field, long first, @Nullable SourceLocation location) {
	}

	/**
	 * The measure of one operation.
	 *
	 * @param cost the cost, by the model above
	 * @param depth the deepest nesting of fields
	 * @param aliases the aliased fields, fragments expanded
	 * @param pages every {@code first} sent, literal or through a variable
	 * @param sizeVariables the variables that size arguments refer to: the measure of the operation is the same for
	 * any request with the same values of these ({@link Measurements})
	 */
	record Measurement(long cost, int depth, long aliases, List<PageRequest> pages, Set<String> sizeVariables) {
	}

}
