package dev.adaptations.neo4j;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service asks its health indicators once by itself after the migrations, so an orchestrator's first probe
 * finds their statements compiled: with no request at all, an indicator of the context is asked; and the database's
 * check is one of those it asks (Boot's reactive variant, chosen whenever Reactor is present, was passed by).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "graph.dataset.load-on-startup=false")
@DirtiesContext
class HealthCheckWarmUpTests {

	@Autowired
	Asked asked;

	@Autowired
	ApplicationContext context;

	@Test
	void healthIndicatorsAreAskedOnceTheMigrationsRanWithoutAnyRequest() throws InterruptedException {
		assertThat(this.asked.latch.await(60, TimeUnit.SECONDS)).as("an indicator was asked").isTrue();
	}

	@Test
	void theDatabaseCheckIsABlockingIndicatorTheWarmUpAsks() {
		assertThat(this.context.getBean("neo4jHealthIndicator")).isInstanceOf(HealthIndicator.class);
		assertThat(this.context.getBeanNamesForType(ReactiveHealthContributor.class)).isEmpty();
	}

	static final class Asked {

		final CountDownLatch latch = new CountDownLatch(1);

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Indicator {

		@Bean
		Asked asked() {
			return new Asked();
		}

		@Bean
		HealthIndicator countingHealthIndicator(Asked asked) {
			return () -> {
				asked.latch.countDown();
				return Health.up().build();
			};
		}

	}

}
