package dev.adaptations.protocol;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A request refused before it reaches GraphQL: an HTTP status, and a body shaped like a GraphQL response with one
 * error, so that a client reading {@code errors[0].message} learns what to fix.
 */
final class RequestError extends RuntimeException {

	private final HttpStatus status;

	RequestError(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static RequestError badRequest(String message) {
		return new RequestError(HttpStatus.BAD_REQUEST, message);
	}

	ServerResponse toResponse() {
		var builder = ServerResponse.status(this.status).contentType(MediaType.APPLICATION_JSON);
		if (this.status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
		}
		if (this.status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			builder.header("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
		}
		return builder.body(Map.of("errors",
				List.of(Map.of("message", getMessage(), "extensions", Map.of("classification", classification())))));
	}

	private String classification() {
		return switch (this.status) {
			case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
			case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
			case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
			default -> "BAD_REQUEST";
		};
	}

}
