package dev.adaptations.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Date} scalar: an ISO-8601 calendar date, read from and written as {@code yyyy-MM-dd}.
 */
final class DateScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, such as 2024-09-13.")
		.coercing(new DateCoercing())
		.build();

	private DateScalar() {
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("A Date must be a string such as 2024-09-13");
		}

		@Override
		public @Nullable LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return parse(string.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("A Date must be a string such as 2024-09-13");
		}

		private static <E extends RuntimeException> LocalDate parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not an ISO-8601 date such as 2024-09-13");
			}
		}

	}

}
