package dev.adaptations.neo4j;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.support.Futures;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Asks the health indicators once during startup, in the background once the migrations ran, so that the first
 * {@code /actuator/health} (an orchestrator's first probe) does not pay for the database check's statement being
 * compiled by a cold Cypher runtime, about half a second, against probe timeouts of a second. It asks the blocking
 * indicators, so the database's is one of them ({@link Neo4jHealthConfiguration}). Best effort: what
 * fails here is reported by the endpoint itself.
 */
@Component
@ConditionalOnWebApplication
final class HealthCheckWarmUp implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(HealthCheckWarmUp.class);

	private final List<HealthIndicator> indicators;

	private final GraphMigrations migrations;

	HealthCheckWarmUp(List<HealthIndicator> indicators, GraphMigrations migrations) {
		this.indicators = indicators;
		this.migrations = migrations;
	}

	@Override
	public void afterPropertiesSet() {
		Futures.inThread("health-warm-up", () -> {
			try {
				this.migrations.awaitApplied();
				this.indicators.forEach(HealthIndicator::health);
			}
			catch (RuntimeException ex) {
				log.debug("Health check warm-up: {}", ex.getMessage());
			}
		});
	}

}
