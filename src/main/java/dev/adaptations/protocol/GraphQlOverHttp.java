package dev.adaptations.protocol;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Checks a request against the GraphQL over HTTP specification, then hands it, always as a POST of one JSON object
 * with the chosen {@code Accept}, to Spring for GraphQL's {@link GraphQlHttpHandler}, which executes it and sets the
 * status the specification gives for the response's media type (400 for a response without {@code data} in
 * {@code application/graphql-response+json}, 200 in {@code application/json}).
 */
final class GraphQlOverHttp {

	private final GraphQlHttpHandler handler;

	private final JsonMapper json;

	GraphQlOverHttp(GraphQlHttpHandler handler, JsonMapper json) {
		this.handler = handler;
		this.json = json;
	}

	ServerResponse post(ServerRequest request) throws ServletException {
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

	ServerResponse get(ServerRequest request) throws ServletException {
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

	private ServerResponse execute(ServerRequest request, WellFormedRequest graphQl, MediaType accept)
			throws ServletException {
		ServerRequest post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> {
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.setAccept(List.of(accept));
			})
			.body(graphQl.toJson(this.json))
			.build();
		return this.handler.handleRequest(post);
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
