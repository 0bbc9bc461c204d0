package dev.adaptations.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public and writes are checked per mutation ({@code @PreAuthorize}), so HTTP itself lets every
 * request through and only authenticates a bearer token when one is sent. The token is one of the
 * configured API tokens, unless Spring Boot's JWT resource-server properties
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
 * {@code public-key-location}) are set: then Boot provides a {@link JwtDecoder} and tokens are JWTs whose
 * roles claim carries CURATOR or ADMIN. No code changes between the two.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(ApiTokenProperties.class)
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenProperties tokens,
			ObjectProvider<JwtDecoder> jwtDecoder, @Value("${graph.security.jwt.roles-claim:roles}") String rolesClaim)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.oauth2ResourceServer(server -> {
				server.authenticationEntryPoint(new GraphQlAuthenticationEntryPoint());
				JwtDecoder decoder = jwtDecoder.getIfAvailable();
				if (decoder != null) {
					server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtConverter(rolesClaim)));
				}
				else {
					server.opaqueToken(opaque -> opaque.introspector(new ApiTokenIntrospector(tokens)));
				}
			});
		return http.build();
	}

	/** ADMIN may do whatever CURATOR may. */
	/**
	 * No Micrometer observation around each filter of the chain, nor per authentication and authorization: on a
	 * read they cost more CPU than the database's answer (docs/performance). Requests stay observed as
	 * {@code http.server.requests}; a refused write is still logged and answered with its reason.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_CURATOR");
	}

	/** JWTs carry the roles in a claim ({@code roles: ["CURATOR"]} by default); the subject is the actor. */
	private static JwtAuthenticationConverter jwtConverter(String rolesClaim) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RolesClaimConverter(rolesClaim));
		return converter;
	}

	/** Maps the roles claim to authorities, keeping only the roles this service knows. */
	private record RolesClaimConverter(String claim) implements Converter<Jwt, Collection<GrantedAuthority>> {

		@Override
		public Collection<GrantedAuthority> convert(Jwt jwt) {
			List<String> roles = jwt.hasClaim(this.claim) ? jwt.getClaimAsStringList(this.claim) : List.of();
			return roles.stream()
				.filter(role -> List.of("CURATOR", "ADMIN").contains(role))
				.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
				.toList();
		}

	}

	/**
	 * A bearer token that is not valid gets the usual 401 with {@code WWW-Authenticate} (RFC 6750), and a
	 * body shaped like a GraphQL response so that GraphQL clients show a readable error.
	 */
	private static final class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

		private final BearerTokenAuthenticationEntryPoint headers = new BearerTokenAuthenticationEntryPoint();

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			this.headers.commence(request, response, exception);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The bearer token is not valid\","
						+ "\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
		}

	}

}
