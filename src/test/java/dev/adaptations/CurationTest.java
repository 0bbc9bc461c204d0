package dev.adaptations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * A test that writes: the whole application over real HTTP with a database of its own (so the read-only
 * {@link GraphTest}s never see its changes), loaded with the made-up test franchise, and two API tokens:
 * {@value #CURATOR} (CURATOR) and {@value #ADMIN} (ADMIN). Tests create their own entities with ids of
 * their own, so they do not depend on each other's order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"graph.dataset.locations=classpath:datasets/the-lantern-keeper.yaml",
		"graph.security.tokens.test-curator.sha256=dd56ad8cc8f53eaa23e2506750a190069498b87ec080651ca7d1d6e811590262",
		"graph.security.tokens.test-curator.role=CURATOR",
		"graph.security.tokens.test-admin.sha256=1d4f144f52846450e02414b4f60277722e181fe96d30a2392aef2a7838a6aeae",
		"graph.security.tokens.test-admin.role=ADMIN" })
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "60s")
public @interface CurationTest {

	/** A token with the CURATOR role (its SHA-256 is configured above, never the token). */
	String CURATOR = "curator-test-token";

	/** A token with the ADMIN role. */
	String ADMIN = "admin-test-token";

}
