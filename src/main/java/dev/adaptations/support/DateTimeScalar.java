package dev.adaptations.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
 * The {@code DateTime} scalar: an ISO-8601 instant with its offset, written in UTC
 * ({@code 2026-11-26T01:02:03.456Z}); any offset is accepted as input.
 */
final class DateTimeScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 date and time with an offset, such as 2026-11-26T01:02:03Z.")
		.coercing(new DateTimeCoercing())
		.build();

	private DateTimeScalar() {
	}

	private static final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof OffsetDateTime time) {
				return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
			}
			if (value instanceof ZonedDateTime time) {
				return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC).toString();
			}
			throw new CoercingSerializeException("Not a date-time");
		}

		@Override
		public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("A DateTime must be a string such as 2026-11-26T01:02:03Z");
		}

		@Override
		public @Nullable OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return parse(string.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("A DateTime must be a string such as 2026-11-26T01:02:03Z");
		}

		private static <E extends RuntimeException> OffsetDateTime parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return OffsetDateTime.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not an ISO-8601 date-time with an offset, such as 2026-11-26T01:02:03Z");
			}
		}

	}

}
