package dev.adaptations.limits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Installs the {@link DocumentCache} as graphql-java's parsed-document provider.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	/**
	 * Half a million characters of document text: a few thousand typical documents, or fifty at the largest
	 * size a request may send; the parsed trees take some tens of megabytes at most.
	 */
	static final int MAX_CHARACTERS = 500_000;

	@Bean
	DocumentCache documentCache(QueryLimits limits, ObjectProvider<GraphQlSource> source) {
		return new DocumentCache(limits, source, MAX_CHARACTERS);
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

}
