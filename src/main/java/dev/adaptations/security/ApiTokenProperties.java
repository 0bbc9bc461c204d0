package dev.adaptations.security;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The API tokens that may write, by name: {@code graph.security.tokens.<name>.sha256} is the SHA-256 (hex)
 * of the token and {@code .role} its role. Only hashes are configured, so a leaked configuration file
 * grants nothing; with no tokens (the default) nobody can write.
 *
 * @param tokens the tokens by name (the name is what the change history records as the actor)
 */
@Validated
@ConfigurationProperties("graph.security")
public record ApiTokenProperties(Map<String, @Valid Token> tokens) {

	public ApiTokenProperties {
		tokens = (tokens != null) ? Map.copyOf(tokens) : Map.of();
	}

	/**
	 * @param sha256 the token's SHA-256 digest in hex (64 characters)
	 * @param role what the token may do
	 */
	public record Token(@NotNull @Pattern(regexp = "^[0-9a-fA-F]{64}$",
			message = "must be the SHA-256 of the token as 64 hex digits") String sha256, @NotNull CurationRole role) {
	}

}
