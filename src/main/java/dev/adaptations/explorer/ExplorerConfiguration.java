package dev.adaptations.explorer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the relationship explorer: the page at {@code /explore} and its script and style sheet under
 * {@code /explorer/}. The page is a GraphQL client like any other: it reads everything through
 * {@code POST /graphql} and loads Cytoscape from its WebJar, never from a CDN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ExplorerConfiguration {

	private static final ClassPathResource PAGE = new ClassPathResource("explorer/explore.html");

	@Bean
	RouterFunction<ServerResponse> explorerRoutes() {
		// The page changes with the application; "no-cache" lets the browser revalidate instead of guessing.
		return RouterFunctions.route()
			.GET("/explore",
					request -> ServerResponse.ok()
						.contentType(MediaType.TEXT_HTML)
						.cacheControl(CacheControl.noCache())
						.body(PAGE))
			.add(RouterFunctions.resources("/explorer/**", new ClassPathResource("explorer/")))
			.build();
	}

}
