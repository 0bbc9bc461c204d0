package dev.adaptations.protocol;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of a well-formed GraphQL-over-HTTP request, read from a JSON body or from GET parameters and checked
 * the way the specification defines them: "{query} - (Required, string)", "{operationName} - (Optional, string)",
 * "{variables} - (Optional, map)", "{extensions} - (Optional, map)", where "Specifying null for optional request
 * parameters is equivalent to not specifying them at all." Anything else is "not a well-formed GraphQL-over-HTTP
 * request", refused with 400.
 */
record WellFormedRequest(String query, @Nullable String operationName, Map<String, Object> variables,
		Map<String, Object> extensions) {

	private static final List<String> PARAMETERS = List.of("query", "operationName", "variables", "extensions");

	/** The parameters of a POST body, which must be one JSON object. */
	static WellFormedRequest fromBody(JsonMapper json, byte[] body) {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw RequestError.badRequest("The request body is not valid JSON");
		}
		if (root == null || root.isMissingNode()) {
			throw RequestError.badRequest("The request body is empty; send a JSON object with a 'query' string");
		}
		if (root.isArray()) {
			throw RequestError.badRequest("Batching is not supported: the body is a JSON array; send each operation "
					+ "as its own request, a JSON object with a 'query' string");
		}
		if (!root.isObject()) {
			throw RequestError.badRequest("The request body must be a JSON object with a 'query' string");
		}
		JsonNode query = root.get("query");
		if (query == null || !query.isString()) {
			throw RequestError.badRequest("'query' is required and must be a string");
		}
		return new WellFormedRequest(query.asString(), optionalString(root, "operationName"),
				optionalMap(json, root.get("variables"), "variables"), optionalMap(json, root.get("extensions"), "extensions"));
	}

	/** The parameters of a GET, where variables and extensions are JSON-encoded strings. */
	static WellFormedRequest fromParameters(JsonMapper json, Map<String, List<String>> parameters) {
		for (String name : PARAMETERS) {
			if (parameters.getOrDefault(name, List.of()).size() > 1) {
				throw RequestError.badRequest("'" + name + "' must be given at most once");
			}
		}
		String query = first(parameters, "query");
		if (query == null) {
			throw RequestError.badRequest("'query' is required: GET /graphql?query=...");
		}
		String operationName = first(parameters, "operationName");
		return new WellFormedRequest(query, (operationName == null || operationName.isEmpty()) ? null : operationName,
				decodedMap(json, first(parameters, "variables"), "variables"),
				decodedMap(json, first(parameters, "extensions"), "extensions"));
	}

	private static @Nullable String optionalString(JsonNode root, String name) {
		JsonNode value = root.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw RequestError.badRequest("'" + name + "' must be a string");
		}
		return value.asString().isEmpty() ? null : value.asString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> optionalMap(JsonMapper json, @Nullable JsonNode value, String name) {
		if (value == null || value.isNull()) {
			return Map.of();
		}
		if (!value.isObject()) {
			throw RequestError.badRequest("'" + name + "' must be a JSON object");
		}
		return json.treeToValue(value, Map.class);
	}

	private static Map<String, Object> decodedMap(JsonMapper json, @Nullable String encoded, String name) {
		if (encoded == null || encoded.isEmpty()) {
			return Map.of();
		}
		try {
			return optionalMap(json, json.readTree(encoded), name);
		}
		catch (JacksonException ex) {
			throw RequestError.badRequest("'" + name + "' must be a JSON-encoded object");
		}
	}

	private static @Nullable String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
