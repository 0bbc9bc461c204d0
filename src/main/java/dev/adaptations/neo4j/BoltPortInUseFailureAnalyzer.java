package dev.adaptations.neo4j;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a taken Bolt port into Boot's short "APPLICATION FAILED TO START" report, naming the property.
 */
final class BoltPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<BoltPortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BoltPortInUseException cause) {
		return new FailureAnalysis(
				"The embedded Neo4j cannot listen for Bolt on " + cause.address() + ":" + cause.port()
						+ ": the port is already in use; set graph.embedded.bolt-port to a free port.",
				"Set graph.embedded.bolt-port (environment: GRAPH_EMBEDDED_BOLT_PORT) to a free port, or 0 to pick"
						+ " any free port; or set SPRING_NEO4J_URI to use an external Neo4j instead.",
				cause);
	}

}
