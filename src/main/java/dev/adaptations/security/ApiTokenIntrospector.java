package dev.adaptations.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks a bearer token against the configured hashes. API tokens are long random strings, so one
 * SHA-256 is enough (no salt or slow hash needed, unlike passwords), and comparing digests with
 * {@link MessageDigest#isEqual} keeps the check constant-time. The token itself is never stored or logged.
 */
final class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final Map<String, ApiTokenProperties.Token> tokens;

	ApiTokenIntrospector(ApiTokenProperties properties) {
		this.tokens = properties.tokens();
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		byte[] digest = sha256(token);
		for (var entry : this.tokens.entrySet()) {
			byte[] expected = HexFormat.of().parseHex(entry.getValue().sha256().toLowerCase());
			if (MessageDigest.isEqual(expected, digest)) {
				return new DefaultOAuth2AuthenticatedPrincipal(entry.getKey(), Map.of("sub", entry.getKey()),
						List.of(new SimpleGrantedAuthority(entry.getValue().role().authority())));
			}
		}
		throw new BadOpaqueTokenException("The bearer token is not one of the configured API tokens");
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
