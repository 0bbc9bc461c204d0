package dev.adaptations.protocol;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Checks a request against the GraphQL over HTTP specification, then executes the request it read through Spring for
 * GraphQL's {@link WebGraphQlHandler} (interceptors, execution) and answers as Spring's own HTTP handler does, with
 * the status the specification gives for the response's media type (400 for a response without {@code data} in
 * {@code application/graphql-response+json}, 200 in {@code application/json}). Not through that handler: it reads
 * the body itself, so the checked request would be written back to JSON, set in a rebuilt request and read again, a
 * tenth of a small query's work on its request thread.
 */
final class GraphQlOverHttp {

	private final WebGraphQlHandler handler;

	private final JsonMapper json;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlOverHttp(WebGraphQlHandler handler, JsonMapper json) {
		this.handler = handler;
		this.json = json;
	}

	ServerResponse post(ServerRequest request) {
		try {
			requireJsonContent(request);
			MediaType accept = acceptable(request);
			WellFormedRequest graphQl = WellFormedRequest.fromBody(this.json, body(request));
			return execute(request, graphQl, accept);
		}
		catch (RequestError error) {
			return error.toResponse();
		}
	}

	ServerResponse get(ServerRequest request) {
		try {
			MediaType accept = acceptable(request);
			WellFormedRequest graphQl = WellFormedRequest.fromParameters(this.json, request.params());
			if (isMutation(graphQl)) {
				throw new RequestError(HttpStatus.METHOD_NOT_ALLOWED,
						"Mutations cannot be sent with GET; send them with POST");
			}
			return execute(request, graphQl, accept);
		}
		catch (RequestError error) {
			return error.toResponse();
		}
	}

	private ServerResponse execute(ServerRequest request, WellFormedRequest graphQl, MediaType accept) {
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(),
				new DefaultGraphQlRequest(graphQl.query(), graphQl.operationName(), graphQl.variables(),
						graphQl.extensions()),
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
		CompletableFuture<ServerResponse> response = this.handler.handleRequest(graphQlRequest)
			.map(answer -> respond(answer, accept))
			.toFuture();
		// Compiled reads and most resolvers complete in this thread; anything else answers once it completes.
		if (response.isDone() && !response.isCompletedExceptionally()) {
			return response.join();
		}
		return ServerResponse.async(response);
	}

	/**
	 * "The server SHOULD use the 200 status code" for {@code application/json}; for
	 * {@code application/graphql-response+json}, a response without {@code data} ("the request failed before
	 * execution") is a 400. The body is the response's specification form.
	 */
	private static ServerResponse respond(WebGraphQlResponse response, MediaType accept) {
		HttpStatus status = (ResponseMediaType.GRAPHQL_RESPONSE.equals(accept)
				&& !response.getExecutionResult().isDataPresent()) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		return ServerResponse.status(status)
			.headers(headers -> headers.putAll(response.getResponseHeaders()))
			.contentType(accept)
			.body(response.toMap());
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values.forEach(cookie -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
		return cookies;
	}

	/**
	 * "A server MUST support POST requests encoded with the application/json media type (as indicated by the
	 * Content-Type header) encoded with UTF-8." Other types are refused with 415, which also keeps out the types a
	 * browser sends cross-site without a CORS preflight ({@code text/plain}, form encodings).
	 */
	private static void requireJsonContent(ServerRequest request) {
		Optional<MediaType> contentType;
		try {
			contentType = request.headers().contentType();
		}
		catch (InvalidMediaTypeException ex) {
			throw unsupported("The Content-Type header cannot be read");
		}
		if (contentType.isEmpty()) {
			throw unsupported("A POST needs a Content-Type: send the request as application/json");
		}
		MediaType type = contentType.get();
		if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			throw unsupported("Content-Type " + type.getType() + "/" + type.getSubtype()
					+ " is not supported: send the request as application/json");
		}
		Charset charset = type.getCharset();
		if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
			throw unsupported("Only UTF-8 is supported, not " + charset.name() + ": send application/json; charset=utf-8");
		}
	}

	private static MediaType acceptable(ServerRequest request) {
		MediaType accept = ResponseMediaType.select(request.headers().header(HttpHeaders.ACCEPT));
		if (accept == null) {
			throw new RequestError(HttpStatus.NOT_ACCEPTABLE,
					"This server answers in application/graphql-response+json or application/json; accept one of them");
		}
		return accept;
	}

	private static byte[] body(ServerRequest request) {
		try {
			return request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			throw RequestError.badRequest("The request body could not be read");
		}
	}

	/**
	 * Whether {@code query} and {@code operationName} "indicate that a mutation operation is to be executed". A
	 * document that does not parse, or names no operation it has, is left to GraphQL to report.
	 */
	private static boolean isMutation(WellFormedRequest request) {
		Document document;
		try {
			document = Parser.parse(request.query());
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		@Nullable OperationDefinition chosen = (request.operationName() == null)
				? ((operations.size() == 1) ? operations.get(0) : null)
				: operations.stream().filter(o -> request.operationName().equals(o.getName())).findFirst().orElse(null);
		return chosen != null && chosen.getOperation() != OperationDefinition.Operation.QUERY;
	}

	private static RequestError unsupported(String message) {
		return new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
	}

}
