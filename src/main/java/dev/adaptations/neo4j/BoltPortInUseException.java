package dev.adaptations.neo4j;

/**
 * Thrown before the embedded database starts when its Bolt port is taken, so that startup fails with
 * one line naming the setting to change instead of a page of Netty and Neo4j stack traces.
 */
final class BoltPortInUseException extends RuntimeException {

	private final String address;

	private final int port;

	BoltPortInUseException(String address, int port) {
		super("Bolt port " + port + " on " + address + " is already in use; set graph.embedded.bolt-port to a free port");
		this.address = address;
		this.port = port;
	}

	String address() {
		return this.address;
	}

	int port() {
		return this.port;
	}

}
