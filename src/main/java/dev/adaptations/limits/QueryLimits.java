package dev.adaptations.limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import dev.adaptations.limits.QueryMeasure.Measurement;
import dev.adaptations.limits.QueryMeasure.PageRequest;

/**
 * Enforces {@link LimitsProperties}: the document's size before it is parsed, then depth, aliases, page sizes and
 * cost on the parsed document before graphql-java validates it, so an oversized request costs neither validation
 * nor a database query. A violated limit aborts the request with one {@code BAD_REQUEST} error per limit, naming the
 * limit, its value and its setting; the response then has no {@code data}.
 */
@Component
final class QueryLimits extends SimplePerformantInstrumentation {

	/** The {@link GraphQLContext} key under which the request's cost is kept for {@link CostExtension}. */
	static final String COST = QueryLimits.class.getName() + ".cost";

	private final LimitsProperties limits;

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		int size = parameters.getQuery().length();
		if (size > this.limits.maxDocumentSize()) {
			throw abort(List.of(error("The document has " + size + " characters, more than the limit of "
					+ this.limits.maxDocumentSize(), "max-document-size", this.limits.maxDocumentSize(), size)));
		}
		return super.beginParse(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		enforce(parameters.getSchema(), parameters.getDocument(), parameters.getOperation(), parameters.getVariables(),
				parameters.getGraphQLContext());
		return super.beginValidation(parameters, state);
	}

	/**
	 * Measures the operation with this request's variables (page sizes may come from them), keeps its cost for
	 * {@link CostExtension}, and aborts the request when a limit is exceeded. Runs for every request: before
	 * validation for a new document, and for a document taken from the {@link DocumentCache}, which skips
	 * parsing and validation.
	 */
	void enforce(GraphQLSchema schema, Document document, @Nullable String operation, Map<String, Object> variables,
			GraphQLContext context) {
		enforce(measure(schema, document, operation, variables), context);
	}

	/** The operation's measure with this request's variables. */
	Measurement measure(GraphQLSchema schema, Document document, @Nullable String operation,
			Map<String, Object> variables) {
		return QueryMeasure.measure(schema, document, operation, variables, this.limits.defaultListSize());
	}

	/** Keeps the request's cost for {@link CostExtension}, and aborts the request when a limit is exceeded. */
	void enforce(Measurement measurement, GraphQLContext context) {
		context.put(COST, measurement.cost());
		List<GraphQLError> errors = violations(measurement);
		if (!errors.isEmpty()) {
			throw abort(errors);
		}
	}

	private List<GraphQLError> violations(Measurement measurement) {
		List<GraphQLError> errors = new ArrayList<>();
		if (measurement.depth() > this.limits.maxDepth()) {
			errors.add(error("The operation nests fields " + measurement.depth() + " deep, more than the limit of "
					+ this.limits.maxDepth(), "max-depth", this.limits.maxDepth(), measurement.depth()));
		}
		if (measurement.aliases() > this.limits.maxAliases()) {
			errors.add(error("The operation has " + measurement.aliases() + " aliases, more than the limit of "
					+ this.limits.maxAliases(), "max-aliases", this.limits.maxAliases(), measurement.aliases()));
		}
		for (PageRequest page : measurement.pages()) {
			if (page.first() > this.limits.maxPageSize()) {
				errors.add(pageTooLarge(page));
			}
		}
		if (measurement.cost() > this.limits.maxCost()) {
			errors.add(error("The operation costs " + measurement.cost() + ", more than the limit of "
					+ this.limits.maxCost(), "max-cost", this.limits.maxCost(), measurement.cost(),
					"; ask for smaller pages (first, limit) or fewer nested lists"));
		}
		return errors;
	}

	/** Worded like the paging check that follows it, so a client sees one kind of message for {@code first}. */
	private GraphQLError pageTooLarge(PageRequest page) {
		var builder = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Argument 'first' must be at most " + this.limits.maxPageSize() + " (" + LimitsProperties.PREFIX
					+ "max-page-size), got " + page.first())
			.extensions(extensions("max-page-size", this.limits.maxPageSize(), page.first(), "first"));
		if (page.location() != null) {
			builder.location(page.location());
		}
		return builder.build();
	}

	private static GraphQLError error(String message, String setting, int limit, long actual) {
		return error(message, setting, limit, actual, "");
	}

	private static GraphQLError error(String message, String setting, int limit, long actual, String hint) {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message + " (" + LimitsProperties.PREFIX + setting + ")" + hint)
			.extensions(extensions(setting, limit, actual, null))
			.build();
	}

	private static Map<String, Object> extensions(String setting, int limit, long actual, @Nullable String argument) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (argument != null) {
			extensions.put("argument", argument);
		}
		extensions.put("setting", LimitsProperties.PREFIX + setting);
		extensions.put("limit", limit);
		extensions.put("actual", actual);
		return extensions;
	}

	private static AbortExecutionException abort(List<GraphQLError> errors) {
		return new AbortExecutionException(errors);
	}

}
