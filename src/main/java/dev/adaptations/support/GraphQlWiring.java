package dev.adaptations.support;

import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Registers the custom scalars and the cursor strategy.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DateScalar.INSTANCE).scalar(DateTimeScalar.INSTANCE);
	}

	/**
	 * The cursors of this API: keyset sort keys, encoded by {@link Paging}. Declaring it also keeps Boot from
	 * installing Spring Data's Window/Slice connection adapter, which would answer a failed
	 * {@code WorkConnection!} field with an empty connection lacking {@code totalCount} (a second, confusing
	 * error) instead of letting the argument error stand alone.
	 */
	@Bean
	@Primary
	EncodingCursorStrategy<String> keysetCursorStrategy() {
		// Paging encodes already; the "no-op" encoder keeps the type Boot looks for.
		return CursorStrategy.withEncoder(new CursorStrategy<>() {
			@Override
			public boolean supports(Class<?> targetType) {
				return String.class.equals(targetType);
			}

			@Override
			public String toCursor(String sortKey) {
				return Paging.cursor(sortKey);
			}

			@Override
			public String fromCursor(String cursor) {
				return Objects.requireNonNull(Paging.after(cursor));
			}
		}, CursorEncoder.noOpEncoder());
	}

}
