package dev.adaptations.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import dev.adaptations.protocol.GraphQlHttp;
import dev.adaptations.protocol.GraphQlHttp.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client rate limiting over HTTP, with a bucket of three and one request per second, and loopback not exempt
 * (the default exempts it, which is what lets the other tests send hundreds of requests). Its own context, on an
 * empty graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "graph.rate-limit.burst=3", "graph.rate-limit.requests-per-second=1",
				"graph.rate-limit.exempt-loopback=false", "graph.dataset.load-on-startup=false" })
@DirtiesContext
class RateLimitTests {

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void client() throws InterruptedException {
		this.http = new GraphQlHttp(this.port);
		Thread.sleep(3_100); // a full bucket, whatever the previous test left
	}

	@Test
	void aBurstUpToTheBucketSizeRunsAndTheNextRequestIsTooManyWithRetryAfter() throws InterruptedException {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.http.post("{ __typename }").status()).as("request %d of a burst of 3", i).isEqualTo(200);
		}
		Exchange refused = this.http.post("{ __typename }");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("1");
		assertThat(refused.errors().get(0).get("message")).asString()
			.contains("graph.rate-limit.requests-per-second")
			.contains("graph.rate-limit.burst");
		Thread.sleep(1_100);
		assertThat(this.http.post("{ __typename }").status()).as("after Retry-After").isEqualTo(200);
	}

	@Test
	void getsCountAsWellAndOtherPathsAreNotLimited() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.http.get(java.util.Map.of("query", "{ __typename }"), GraphQlHttp.JSON);
		}
		assertThat(this.http.get(java.util.Map.of("query", "{ __typename }"), GraphQlHttp.JSON).status()).isEqualTo(429);
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
	}

}
