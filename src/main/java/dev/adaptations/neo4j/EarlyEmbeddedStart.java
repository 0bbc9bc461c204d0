package dev.adaptations.neo4j;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.limits.LimitsProperties;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded database beside Spring's own start rather than after it: Neo4j's start (about three seconds)
 * then overlaps the configuration processing and bean creation that precede the first bean needing the database,
 * on every start. The {@link EmbeddedDatabase} bean takes the start over ({@link EmbeddedStart#handOver()}).
 *
 * <p>Not when an external Neo4j is configured ({@link OnEmbeddedNeo4j}), nor when
 * {@code graph.embedded.start-early=false}: the commands set it, since an import into a new store writes the store
 * offline before the database starts ({@link NewStoreSeed}), which needs the application's beans. Settings that do
 * not bind are left for the ordinary start to report.
 */
final class EarlyEmbeddedStart implements ApplicationListener<ApplicationPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedStart.class);

	static final String BEAN_NAME = "earlyEmbeddedStart";

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
		if (!OnEmbeddedNeo4j.matches(environment)
				|| !(event.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory beans)
				|| beans.containsSingleton(BEAN_NAME)) {
			return;
		}
		EmbeddedStart start;
		try {
			Binder binder = Binder.get(environment);
			var properties = binder.bindOrCreate("graph.embedded", EmbeddedNeo4jProperties.class);
			if (!properties.startEarly()) {
				return;
			}
			Duration timeout = binder.bindOrCreate("graph.limits", LimitsProperties.class).transactionTimeout();
			start = EmbeddedStart.prepare(properties, timeout);
		}
		catch (Exception ex) {
			log.debug("Embedded Neo4j starts with the beans: {}", ex.getMessage());
			return;
		}
		beans.registerSingleton(BEAN_NAME, start);
		beans.registerDisposableBean(BEAN_NAME, start);
		start.inBackground();
	}

}
