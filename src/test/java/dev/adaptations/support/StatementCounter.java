package dev.adaptations.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.adaptations.neo4j.ReadStatements;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends: every read goes through {@link Neo4jClient}, whose
 * {@code query(...)} starts one statement, or {@link ReadStatements}, whose {@code one(...)} and {@code list(...)}
 * run one each, so proxies around those beans count them.
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
					if (bean instanceof Neo4jClient client) {
						return counting(Neo4jClient.class, client, Set.of("query"), counter);
					}
					if (bean instanceof ReadStatements reads) {
						return counting(ReadStatements.class, reads, Set.of("one", "list"), counter);
					}
					return bean;
				}
			};
		}

		/** {@code target} behind a proxy that counts each call of one of {@code methods} as a statement. */
		private static <T> T counting(Class<T> type, T target, Set<String> methods,
				org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			InvocationHandler handler = (proxy, called, args) -> {
				if (methods.contains(called.getName())) {
					counter.getObject().count.incrementAndGet();
					if (args != null && args.length > 0 && args[0] instanceof String cypher) {
						counter.getObject().texts.add(cypher);
					}
				}
				try {
					return called.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
		}

	}

}
