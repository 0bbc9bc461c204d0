package dev.adaptations.support;

import java.util.Map;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rewrites graphql-java's validation messages for clients: a wrong argument value (an unknown enum value,
 * a string where an int belongs) becomes a {@code BAD_REQUEST} naming the argument, and the engine's AST
 * class names ({@code EnumValue{name='BOOK'}}) become the plain value ({@code BOOK}).
 */
@Component
class ValidationErrorInterceptor implements WebGraphQlInterceptor {

	private static final Pattern AST_VALUE = Pattern
		.compile("(?:EnumValue\\{name='([^']*)'}|StringValue\\{value='([^']*)'}|IntValue\\{value=([^}]*)}|FloatValue\\{value=([^}]*)}|BooleanValue\\{value=([^}]*)}|NullValue)");

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().stream().noneMatch(ValidationErrorInterceptor::isValidation)) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors().stream().map(ValidationErrorInterceptor::rewrite).toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static boolean isValidation(ResponseError error) {
		return error.getErrorType() == graphql.ErrorType.ValidationError;
	}

	private static GraphQLError rewrite(ResponseError error) {
		String message = plain(error.getMessage());
		ErrorClassification type = error.getErrorType();
		var builder = GraphqlErrorBuilder.newError().locations(error.getLocations()).extensions(error.getExtensions());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		Matcher argument = ARGUMENT.matcher(message);
		Matcher variable = VARIABLE.matcher(message);
		if (isValidation(error) && message.contains("WrongType") && argument.find()) {
			type = ErrorType.BAD_REQUEST;
			builder.extensions(Map.of("argument", argument.group(1)));
			message = "Argument '" + argument.group(1) + "' has an invalid value: " + message.replaceFirst(
					"^Validation error \\(WrongType@\\[[^]]*]\\) : ", "");
		}
		else if (isValidation(error) && variable.find() && message.contains("invalid value")) {
			type = ErrorType.BAD_REQUEST;
			builder.extensions(Map.of("variable", variable.group(1)));
		}
		return builder.errorType(type).message(message).build();
	}

	private static String plain(String message) {
		Matcher matcher = AST_VALUE.matcher(message);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String replacement = "null";
			for (int group = 1; group <= matcher.groupCount(); group++) {
				if (matcher.group(group) != null) {
					replacement = (group == 2) ? "\"" + matcher.group(group) + "\"" : matcher.group(group);
				}
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		// "Expected an AST type of 'IntValue' but it was a 'StringValue'" names the engine's classes.
		return out.toString().replaceAll("'(Int|Float|String|Boolean|Enum|Null|Array|Object|Variable)Value'", "'$1 literal'")
			.replace("an AST type of", "a value of type");
	}

}
