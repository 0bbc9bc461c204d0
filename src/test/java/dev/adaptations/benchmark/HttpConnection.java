package dev.adaptations.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends a prepared request in one write and reads the whole response,
 * blocking, on the calling thread: what wrk does, in Java. The benchmark measures the service with it rather than
 * with the JDK's {@code HttpClient}, whose own cost is most of a small request's latency on these machines: it
 * hands each exchange between the caller, its selector thread and its executor, and writes the headers and the
 * body separately, so the server reads every request in two wake-ups. {@code { __typename }} side by side on one
 * service: p50 0.26-0.29 ms and 0.28-0.34 ms of the service's CPU per request with this connection, against
 * 1.00-1.09 ms and 0.59-0.66 ms with the JDK client ({@code --http-client jdk} measures with the latter).
 *
 * <p>Reconnects when the server closes the connection (Tomcat does after 100 requests on one). Not thread-safe:
 * one per client thread.
 */
final class HttpConnection implements AutoCloseable {

	/** A response's status and body. */
	record Response(int status, String body) {
	}

	private final InetSocketAddress address;

	private final byte[] request;

	private final int timeoutMillis;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	/** A connection to {@code 127.0.0.1:port} that POSTs {@code json} to {@code path}. */
	HttpConnection(int port, String path, String json, int timeoutMillis) {
		this(port, post(port, path, json), timeoutMillis);
	}

	private HttpConnection(int port, byte[] request, int timeoutMillis) {
		this.address = new InetSocketAddress("127.0.0.1", port);
		this.timeoutMillis = timeoutMillis;
		this.request = request;
	}

	/** A connection to {@code 127.0.0.1:port} that GETs {@code path} (the runner's readiness probe). */
	static HttpConnection get(int port, String path, int timeoutMillis) {
		return new HttpConnection(port,
				("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
				timeoutMillis);
	}

	private static byte[] post(int port, String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: "
				+ body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return request;
	}

	/** Sends the request and reads the whole response. */
	Response send() throws IOException {
		if (this.socket == null) {
			connect();
		}
		try {
			this.out.write(this.request);
			this.out.flush();
			return read();
		}
		catch (IOException ex) {
			close();
			throw ex;
		}
	}

	private void connect() throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(this.address, this.timeoutMillis);
		socket.setSoTimeout(this.timeoutMillis);
		this.socket = socket;
		this.out = socket.getOutputStream();
		this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
	}

	private Response read() throws IOException {
		String statusLine = line();
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new IOException("not an HTTP/1.x response: " + statusLine);
		}
		int status = Integer.parseInt(parts[1]);
		int length = -1;
		boolean chunked = false;
		boolean closes = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(lower.substring("content-length:".length()).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				closes = true;
			}
		}
		byte[] body;
		if (chunked) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
				chunks.write(exactly(size));
				line();
			}
			line();
			body = chunks.toByteArray();
		}
		else if (length >= 0) {
			body = exactly(length);
		}
		else {
			body = this.in.readAllBytes();
			closes = true;
		}
		if (closes) {
			close();
		}
		return new Response(status, new String(body, StandardCharsets.UTF_8));
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = this.in.readNBytes(n);
		if (bytes.length < n) {
			throw new EOFException("the connection closed within a response");
		}
		return bytes;
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new EOFException("the connection closed within a response");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

}
