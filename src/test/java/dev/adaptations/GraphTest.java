package dev.adaptations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

import dev.adaptations.compiled.ResolversOnly;
import dev.adaptations.support.StatementCounter;

/**
 * A test against the whole application, over real HTTP, on the embedded database, loaded with the shipped dataset and the
 * made-up second franchise of the test resources. All such tests share one application context (and one
 * database) through Spring's context cache; they only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "graph.dataset.locations=classpath:datasets/love-in-the-big-city.yaml,classpath:datasets/the-lantern-keeper.yaml")
@AutoConfigureHttpGraphQlTester
// The first run of each Cypher statement includes its planning; on two busy cores that can exceed 5 s.
@AutoConfigureWebTestClient(timeout = "60s")
@Import({ StatementCounter.Configuration.class, ResolversOnly.Configuration.class })
public @interface GraphTest {

}
