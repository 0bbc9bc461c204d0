package dev.adaptations.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Adds {@code "cost": {"requested": n, "limit": m}} to every response's {@code extensions}, so clients see their
 * budget before they meet it. {@code requested} is absent when the document was never measured (too large to read,
 * or not parseable).
 */
@Component
final class CostExtension implements WebGraphQlInterceptor {

	private final LimitsProperties limits;

	CostExtension(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			Map<String, Object> cost = new LinkedHashMap<>();
			Object requested = response.getExecutionInput().getGraphQLContext().get(QueryLimits.COST);
			if (requested != null) {
				cost.put("requested", requested);
			}
			cost.put("limit", this.limits.maxCost());
			Map<Object, Object> extensions = new LinkedHashMap<>();
			Map<Object, Object> existing = response.getExecutionResult().getExtensions();
			if (existing != null) {
				extensions.putAll(existing);
			}
			extensions.put("cost", cost);
			return response.transform(builder -> builder.extensions(extensions));
		});
	}

}
