package dev.adaptations.benchmark;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The benchmark's HTTP client against a loopback server that answers scripted responses: it must read every
 * response whole, however framed, and reconnect when the server closes, or the benchmark measures nonsense.
 */
class HttpConnectionTests {

	private final Queue<String> responses = new ConcurrentLinkedQueue<>();

	private final Queue<String> requests = new ConcurrentLinkedQueue<>();

	private final AtomicInteger connections = new AtomicInteger();

	private ServerSocket server;

	private int start() throws IOException {
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "scripted-http");
		thread.setDaemon(true);
		thread.start();
		return this.server.getLocalPort();
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				this.connections.incrementAndGet();
				var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = socket.getOutputStream();
				while (true) {
					String requestLine = in.readLine();
					if (requestLine == null) {
						break;
					}
					int length = 0;
					for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
						if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
							length = Integer.parseInt(header.substring(15).strip());
						}
					}
					char[] body = new char[length];
					int read = 0;
					while (read < length) {
						read += in.read(body, read, length - read);
					}
					this.requests.add(requestLine + " " + new String(body));
					String response = this.responses.poll();
					if (response == null) {
						break;
					}
					out.write(response.getBytes(StandardCharsets.UTF_8));
					out.flush();
					if (response.contains("Connection: close")) {
						break;
					}
				}
			}
			catch (IOException ex) {
				// the test closed the server, or a client went away
			}
		}
	}

	@AfterEach
	void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void readsResponsesFramedByLengthOrInChunksOnOneConnection() throws IOException {
		this.responses.addAll(List.of("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"data\":{}}",
				"HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"dat\r\n6\r\na\":{}}\r\n0\r\n\r\n",
				"HTTP/1.1 400 Bad Request\r\nContent-Length: 13\r\n\r\n{\"errors\":[]}"));
		try (var connection = new HttpConnection(start(), "/graphql", "{\"query\":\"{ a }\"}", 5_000)) {
			assertThat(connection.send()).isEqualTo(new HttpConnection.Response(200, "{\"data\":{}}"));
			assertThat(connection.send()).isEqualTo(new HttpConnection.Response(200, "{\"data\":{}}"));
			assertThat(connection.send()).isEqualTo(new HttpConnection.Response(400, "{\"errors\":[]}"));
		}
		assertThat(this.connections).hasValue(1);
		assertThat(this.requests).containsOnly("POST /graphql HTTP/1.1 {\"query\":\"{ a }\"}");
	}

	@Test
	void reconnectsWhenTheServerClosesTheConnection() throws IOException {
		this.responses.addAll(List.of("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
				"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n[1]"));
		try (var connection = new HttpConnection(start(), "/graphql", "{}", 5_000)) {
			assertThat(connection.send().body()).isEqualTo("{}");
			assertThat(connection.send().body()).isEqualTo("[1]");
		}
		assertThat(this.connections).hasValue(2);
	}

	@Test
	void getsWithoutABody() throws IOException {
		this.responses.add("HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{\"status\":\"UP\"}");
		try (var connection = HttpConnection.get(start(), "/actuator/health", 5_000)) {
			assertThat(connection.send()).isEqualTo(new HttpConnection.Response(200, "{\"status\":\"UP\"}"));
		}
		assertThat(this.requests).containsOnly("GET /actuator/health HTTP/1.1 ");
	}

	@Test
	void aResponseCutShortIsAnErrorNotAShortBody() throws IOException {
		this.responses.add("HTTP/1.1 200 OK\r\nContent-Length: 50\r\nConnection: close\r\n\r\n{\"data\"");
		try (var connection = new HttpConnection(start(), "/graphql", "{}", 5_000)) {
			assertThatExceptionOfType(EOFException.class).isThrownBy(connection::send);
		}
	}

}
