package dev.adaptations.protocol;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * Chooses the response's media type from the request's {@code Accept} header, in the client's order of preference
 * ({@code q}), as the specification asks: "If an Accept header is provided, the server MUST respect the given Accept
 * header and attempt to encode the response in the highest priority media type listed that is supported by the
 * server." Without the header, {@code application/graphql-response+json}: "From 1st January 2025, if the client does
 * not supply an Accept header, the server SHOULD treat the GraphQL-over-HTTP request as if it had
 * Accept: application/graphql-response+json." A wildcard gets the same.
 */
final class ResponseMediaType {

	static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;

	private ResponseMediaType() {
	}

	/** The media type to answer with, or null when the client accepts none that this server writes (406). */
	static @Nullable MediaType select(List<String> acceptHeaders) {
		String accept = String.join(",", acceptHeaders);
		if (!StringUtils.hasText(accept)) {
			return GRAPHQL_RESPONSE;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		return accepted.stream()
			.filter(type -> type.getQualityValue() > 0)
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.map(ResponseMediaType::supported)
			.filter(type -> type != null)
			.findFirst()
			.orElse(null);
	}

	private static @Nullable MediaType supported(MediaType accepted) {
		if (accepted.isWildcardType() || (accepted.isWildcardSubtype() && "application".equals(accepted.getType()))) {
			return GRAPHQL_RESPONSE;
		}
		if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(accepted)) {
			return GRAPHQL_RESPONSE;
		}
		if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(accepted)) {
			return MediaType.APPLICATION_JSON;
		}
		return null;
	}

}
