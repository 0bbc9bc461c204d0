package dev.adaptations.compiled;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

import dev.adaptations.support.Paging;

/**
 * Turns the row of a {@link SelectionCompiler} statement into the response's {@code data}, field by field in the
 * order of the normalized selection, each value as the API's type wants it (the database's 64-bit integers as
 * {@code Int}, say). Where the resolvers would have answered with an error (a non-null field without a value, a
 * value that is not of its type), it throws {@link Unsupported}: the resolvers then answer, errors included.
 */
final class ResponseBuilder {

	/** The statement's keys of an object's fields, by the fields' positions: {@code k0}, {@code k1}, ... */
	private static final String[] KEYS = IntStream.range(0, SelectionCompiler.MAX_FIELDS)
		.mapToObj(i -> "k" + i)
		.toArray(String[]::new);

	/** The key of a map that stands for a cursor: its sort key, encoded here as the resolvers encode it. */
	static final String CURSOR = "__cursor";

	private final GraphQLSchema schema;

	/** The request's context and locale, which a scalar of the application's own may serialize with. */
	private final GraphQLContext context;

	private final Locale locale;

	/** Each selected field's type, looked up once rather than for every object of a list. */
	private final Map<ExecutableNormalizedField, GraphQLOutputType> types = new IdentityHashMap<>();

	private ResponseBuilder(GraphQLSchema schema, GraphQLContext context, Locale locale) {
		this.schema = schema;
		this.context = context;
		this.locale = locale;
	}

	static Map<String, @Nullable Object> data(GraphQLSchema schema, GraphQLContext context, Locale locale,
			List<ExecutableNormalizedField> roots, Map<String, @Nullable Object> row) {
		ResponseBuilder builder = new ResponseBuilder(schema, context, locale);
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			ExecutableNormalizedField root = roots.get(i);
			data.put(root.getResultKey(),
					root.getFieldName().equals("__typename") ? schema.getQueryType().getName()
							: builder.value(root, row.get("c" + i), type(schema, root)));
		}
		return data;
	}

	private @Nullable Object value(ExecutableNormalizedField field, @Nullable Object value, GraphQLOutputType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			if (value == null) {
				throw new Unsupported();
			}
			return value(field, value, (GraphQLOutputType) nonNull.getWrappedType());
		}
		if (value == null) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			if (!(value instanceof List<?> items)) {
				throw new Unsupported();
			}
			List<@Nullable Object> values = new ArrayList<>(items.size());
			for (Object item : items) {
				values.add(value(field, item, (GraphQLOutputType) list.getWrappedType()));
			}
			return values;
		}
		if (type instanceof GraphQLScalarType scalar) {
			return scalar(scalar, value, this.context, this.locale);
		}
		if (type instanceof GraphQLEnumType enumType) {
			if (value instanceof String name && enumType.getValue(name) != null) {
				return name;
			}
			throw new Unsupported();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new Unsupported();
		}
		return object(field, map, (type instanceof GraphQLObjectType object) ? object.getName() : map.get("__t"));
	}

	/** The fields selected on an object of type {@code typeName}: those whose type condition it meets. */
	private Map<String, @Nullable Object> object(ExecutableNormalizedField field, Map<?, ?> map,
			@Nullable Object typeName) {
		if (!(typeName instanceof String type)) {
			throw new Unsupported();
		}
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		List<ExecutableNormalizedField> children = field.getChildren();
		for (int i = 0; i < children.size(); i++) {
			ExecutableNormalizedField child = children.get(i);
			if (child.getObjectTypeNames().contains(type)) {
				object.put(child.getResultKey(), child.getFieldName().equals("__typename") ? type
						: value(child, map.get(KEYS[i]), this.types.computeIfAbsent(child, this::type)));
			}
		}
		return object;
	}

	private GraphQLOutputType type(ExecutableNormalizedField field) {
		return type(this.schema, field);
	}

	/**
	 * The field's type in the first of its possible object types: graphql-java's {@code getType} looks it up in every
	 * one and compares them as printed text (they agree in any valid operation), which was 4% of a compiled Q1
	 * request's thread.
	 */
	private static GraphQLOutputType type(GraphQLSchema schema, ExecutableNormalizedField field) {
		if (schema.getType(field.getObjectTypeNames().iterator().next()) instanceof GraphQLObjectType object) {
			GraphQLFieldDefinition definition = object.getFieldDefinition(field.getFieldName());
			if (definition != null) {
				return definition.getType();
			}
		}
		// Introspection's own fields, which no object type declares.
		return field.getType(schema);
	}

	private static Object scalar(GraphQLScalarType scalar, Object value, GraphQLContext context, Locale locale) {
		String name = scalar.getName();
		if (name.equals(Scalars.GraphQLString.getName()) || name.equals(Scalars.GraphQLID.getName())) {
			if (value instanceof String string) {
				return string;
			}
			if (value instanceof Map<?, ?> map && map.size() == 1 && map.get(CURSOR) instanceof String key) {
				return Paging.cursor(key);
			}
		}
		else if (name.equals(Scalars.GraphQLInt.getName())) {
			if (value instanceof Long number && number == number.intValue()) {
				return number.intValue();
			}
			if (value instanceof Integer number) {
				return number;
			}
		}
		else if (name.equals(Scalars.GraphQLBoolean.getName())) {
			if (value instanceof Boolean bool) {
				return bool;
			}
		}
		else if (name.equals(Scalars.GraphQLFloat.getName())) {
			if (value instanceof Number number) {
				return number.doubleValue();
			}
		}
		else {
			// A scalar of the application's own (Date): serialized by its own coercing, as graphql-java serializes
			// a resolver's value; one it refuses is the resolvers' to report.
			try {
				Object serialized = scalar.getCoercing().serialize(value, context, locale);
				if (serialized != null) {
					return serialized;
				}
			}
			catch (CoercingSerializeException ex) {
				throw new Unsupported();
			}
		}
		// Another type than the schema's: the resolvers know.
		throw new Unsupported();
	}

}
