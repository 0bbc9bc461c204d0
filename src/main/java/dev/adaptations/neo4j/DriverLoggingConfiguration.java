package dev.adaptations.neo4j;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, so its levels are Logback's (INFO unless configured).
 *
 * <p>Left to its default ({@code System.Logger}), the driver found DEBUG enabled and formatted every Bolt
 * message it sent, parameters included, into a string that was then discarded: about a tenth of a small
 * request's CPU in a profile. With SLF4J it asks Logback first; {@code logging.level.org.neo4j.driver=DEBUG}
 * still shows the messages when they are wanted.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

	@Bean
	ConfigBuilderCustomizer driverLogging() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
