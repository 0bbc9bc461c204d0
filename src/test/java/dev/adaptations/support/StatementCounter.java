package dev.adaptations.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends: every read goes through {@link Neo4jClient}, whose
 * {@code query(...)} starts one statement, so a proxy around the client bean counts them.
 */
public final class StatementCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final List<String> texts = new CopyOnWriteArrayList<>();

	public void reset() {
		this.count.set(0);
		this.texts.clear();
	}

	public int count() {
		return this.count.get();
	}

	/** The Cypher of the statements counted since the last reset, in order. */
	public List<String> texts() {
		return List.copyOf(this.texts);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingNeo4jClient(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof Neo4jClient client)) {
						return bean;
					}
					InvocationHandler handler = (proxy, method, args) -> {
						if (method.getName().equals("query")) {
							counter.getObject().count.incrementAndGet();
							if (args != null && args.length > 0 && args[0] instanceof String cypher) {
								counter.getObject().texts.add(cypher);
							}
						}
						try {
							return method.invoke(client, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					};
					return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
							handler);
				}
			};
		}

	}

}
