package dev.adaptations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import dev.adaptations.support.StatementCounter;

/**
 * A test against the whole application on the embedded database, loaded with the shipped dataset and the
 * made-up second franchise of the test resources. All such tests share one application context (and one
 * database) through Spring's context cache; they only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "graph.dataset.locations=classpath:datasets/love-in-the-big-city.yaml,classpath:datasets/the-lantern-keeper.yaml")
@AutoConfigureGraphQlTester
@Import(StatementCounter.Configuration.class)
public @interface GraphTest {

}
