package dev.adaptations.neo4j;

import org.neo4j.driver.Driver;

import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.neo4j.health.Neo4jHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's health check, blocking. Boot picks its reactive variant whenever Reactor is on the class path (here
 * through Spring for GraphQL): it checks through the driver's reactive sessions, a stack this servlet application
 * uses nowhere else, so a first {@code /actuator/health} loaded it (about a second of a first start's way to ready),
 * and {@link HealthCheckWarmUp}, which asks the blocking indicators, passed it by. Same name ({@code neo4j}), same
 * statement, same details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEnabledHealthIndicator("neo4j")
class Neo4jHealthConfiguration {

	/** Named as Boot's own, which then backs off. */
	@Bean
	Neo4jHealthIndicator neo4jHealthIndicator(Driver driver) {
		return new Neo4jHealthIndicator(driver);
	}

}
