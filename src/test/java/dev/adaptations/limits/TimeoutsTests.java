package dev.adaptations.limits;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.web.servlet.function.support.HandlerFunctionAdapter;

import dev.adaptations.GraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * No query runs away: the embedded database ends any transaction after {@code graph.limits.transaction-timeout},
 * Spring-managed transactions carry the same timeout to the driver, and a request that waits for its result gives up
 * after {@code spring.mvc.async.request-timeout}.
 */
@GraphTest
class TimeoutsTests {

	/** Counts to a billion: minutes of work, if nothing stopped it. */
	private static final String RUNAWAY = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)";

	@Autowired
	Driver driver;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	HandlerFunctionAdapter functionalEndpoints;

	@Test
	void theEmbeddedDatabaseEndsTransactionsAfterTheTransactionTimeout() {
		String timeout = this.driver.executableQuery("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value")
			.withParameters(java.util.Map.of("name", "db.transaction.timeout"))
			.execute()
			.records()
			.get(0)
			.get("value")
			.asString();
		assertThat(timeout).isEqualTo("30s");
	}

	@Test
	void aTransactionWithATimeoutIsTerminatedWhenItRunsAway() {
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			Neo4jException ex = catchThrowableOfType(Neo4jException.class, () -> session
				.run(RUNAWAY, TransactionConfig.builder().withTimeout(Duration.ofMillis(300)).build())
				.consume());
			assertThat(ex.code()).contains("TransactionTimedOut");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void springManagedTransactionsCarryTheTimeoutToTheDriver() {
		assertThat(((AbstractPlatformTransactionManager) this.transactions).getDefaultTimeout()).isEqualTo(30);
	}

	@Test
	void aRequestWaitingForItsResultGivesUpAfterTheRequestTimeout() {
		assertThat(ReflectionTestUtils.getField(this.functionalEndpoints, "asyncRequestTimeout")).isEqualTo(35_000L);
	}

}
