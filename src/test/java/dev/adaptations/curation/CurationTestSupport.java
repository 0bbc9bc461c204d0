package dev.adaptations.curation;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Sending mutations as a given token, and reading their errors. */
final class CurationTestSupport {

	private CurationTestSupport() {
	}

	static HttpGraphQlTester as(HttpGraphQlTester graphQl, String token) {
		return graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	/** Runs a mutation expecting errors, and returns them. */
	static List<ResponseError> errorsOf(GraphQlTester.Request<?> request) {
		List<ResponseError>[] errors = new List[1];
		request.execute().errors().satisfy(list -> errors[0] = list);
		assertThat(errors[0]).as("errors").isNotEmpty();
		return errors[0];
	}

	/** The {@code extensions.path} of each BAD_REQUEST error. */
	static List<Object> paths(List<ResponseError> errors) {
		errors.forEach(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		return errors.stream().map(error -> error.getExtensions().get("path")).toList();
	}

	static Map<String, Object> map(Object... keysAndValues) {
		java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
