package dev.adaptations.protocol;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes GET and POST on the GraphQL path through {@link GraphQlOverHttp}, ahead of Boot's own routes (which answer
 * every GET with 405 and accept JSON arrays as far as the JSON reader fails on them). Requests for server-sent events
 * still reach Boot's handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ProtocolConfiguration {

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlOverHttp(WebGraphQlHandler handler, JsonMapper json,
			GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		GraphQlOverHttp protocol = new GraphQlOverHttp(handler, json);
		RequestPredicate notEventStream = request -> request.headers()
			.accept()
			.stream()
			.noneMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
		return RouterFunctions.route()
			.GET(path, notEventStream, protocol::get)
			.POST(path, notEventStream, protocol::post)
			.build();
	}

}
