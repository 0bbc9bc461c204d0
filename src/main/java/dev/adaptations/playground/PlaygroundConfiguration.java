package dev.adaptations.playground;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves GraphiQL at {@code /graphiql} in place of Boot's own page, which loads its scripts from a CDN
 * and stays blank offline. {@link GraphiQlHandler} keeps the usual redirect to
 * {@code /graphiql?path=/graphql}; the page then loads React and GraphiQL from the WebJars and the example
 * tabs from {@code /graphiql/examples}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PlaygroundConfiguration {

	@Bean
	RouterFunction<ServerResponse> playgroundRoutes(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
			ResourcePatternResolver resources) throws IOException {
		var graphiQl = new GraphiQlHandler(graphQlPath, "", new ClassPathResource("playground/graphiql.html"));
		var examples = ExampleQueries.load(resources);
		return RouterFunctions.route()
			.GET("/", PlaygroundConfiguration::redirectToPlayground)
			.GET("/graphiql", graphiQl::handleRequest)
			.GET("/graphiql/examples",
					request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(examples.all()))
			.build();
	}

	private static ServerResponse redirectToPlayground(ServerRequest request) {
		String contextPath = request.requestPath().contextPath().value();
		return ServerResponse.temporaryRedirect(request.uriBuilder().replacePath(contextPath + "/graphiql")
			.replaceQuery(null)
			.build()).build();
	}

}
