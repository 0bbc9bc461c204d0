package dev.adaptations.limits;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;

import dev.adaptations.support.WeightedLru;

/**
 * Keeps documents that parsed and validated, by their text, so a client repeating a query (the usual case: an
 * application sends the same few documents with different variables) skips parsing and validation, which
 * otherwise cost more CPU than reading a small answer from the graph. The limits still hold on every request:
 * a cached document's measure is taken for the request's values of the variables it depends on (page sizes), or
 * reused when those values were measured before ({@link Measurements}).
 * <p>
 * Bounded by the total length of the cached documents, least recently used first out; documents with errors
 * are never kept.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	private final QueryLimits limits;

	private final ObjectProvider<GraphQlSource> source;

	/** Weighed by the length of their keys, the documents' text. */
	private final WeightedLru<String, Cached> entries;

	private volatile @Nullable GraphQLSchema schema;

	DocumentCache(QueryLimits limits, ObjectProvider<GraphQlSource> source, int maxCharacters) {
		this.limits = limits;
		this.source = source;
		this.entries = new WeightedLru<>(maxCharacters, (text, cached) -> text.length());
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		Cached cached = this.entries.get(text);
		if (cached != null) {
			Document document = cached.entry().getDocument();
			this.limits.enforce(cached.measurements()
				.of(input.getOperationName(), input.getVariables(),
						() -> this.limits.measure(schema(), document, input.getOperationName(), input.getVariables())),
					input.getGraphQLContext());
			return CompletableFuture.completedFuture(cached.entry());
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.entries.put(text, new Cached(entry, new Measurements()));
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are cached, for tests. */
	int size() {
		return this.entries.size();
	}

	private GraphQLSchema schema() {
		GraphQLSchema current = this.schema;
		if (current == null) {
			current = this.source.getObject().schema();
			this.schema = current;
		}
		return current;
	}

	/** A document that parsed and validated, with its operations' measures. */
	private record Cached(PreparsedDocumentEntry entry, Measurements measurements) {
	}

}
