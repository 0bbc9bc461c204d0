package dev.adaptations.explorer;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.adaptations.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page over real HTTP, as a browser without internet access sees it: everything it loads is
 * served by the application. What the page does is checked in a real browser by {@link ExplorerBrowserTests}.
 */
@GraphTest
class ExplorerPageTests {

	private static final Pattern ASSET = Pattern
		.compile("<(?:script[^>]*\\ssrc|link[^>]*\\shref)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void httpClient() {
		this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void explorerPageIsServedAsHtml() {
		var page = this.http.get().uri("/explore").retrieve().toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		assertThat(page.getBody()).contains("<title>Adaptation graph: relationship explorer</title>")
			.contains("id=\"cy\"")
			.contains("id=\"search\"");
	}

	@Test
	void everyScriptAndStyleSheetThePageReferencesIsLocalAndServed() {
		String html = page();
		var assets = ASSET.matcher(html).results().map(match -> match.group(1)).filter(url -> !url.startsWith("data:")).toList();
		assertThat(assets).containsExactlyInAnyOrder("explorer/explore.css", "webjars/cytoscape/dist/cytoscape.min.js",
				"explorer/explore.js");
		for (String asset : assets) {
			assertThat(asset).as("asset URL").doesNotStartWith("/").doesNotStartWith("//").doesNotContain(":");
			var resolved = URI.create("http://127.0.0.1:" + this.port + "/explore").resolve(asset);
			ResponseEntity<String> response = this.http.get().uri(resolved).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode()).as(resolved.toString()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(resolved.toString()).isNotBlank();
		}
	}

	@Test
	void neitherThePageNorItsScriptNorItsStyleSheetNamesAnyExternalUrl() {
		for (String text : List.of(page(), asset("/explorer/explore.js"), asset("/explorer/explore.css"))) {
			assertThat(text).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
			assertThat(text).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"//");
		}
	}

	@Test
	void explorerTalksOnlyToThePublicGraphQlEndpointAndLinksBackToThePlayground() {
		String script = asset("/explorer/explore.js");
		assertThat(script).contains("const ENDPOINT = 'graphql';");
		assertThat(Pattern.compile("fetch\\(").matcher(script).results().count()).as("fetch calls").isEqualTo(1);
		assertThat(page()).contains("href=\"graphiql\"");
	}

	@Test
	void playgroundLinksToTheExplorer() {
		assertThat(this.http.get().uri("/graphiql?path=/graphql").retrieve().body(String.class))
			.contains("href=\"explore\"");
	}

	private String page() {
		return Objects.requireNonNull(this.http.get().uri("/explore").retrieve().body(String.class));
	}

	private String asset(String path) {
		return Objects.requireNonNull(this.http.get().uri(path).retrieve().body(String.class));
	}

}
