package org.siao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Sends a request exactly as written, headers and all, to the server under test on this machine, and
 * reads the whole answer: the only way to send what no well-behaved client would (a multipart type
 * without a boundary, a length that lies, a chunked body).
 */
final class RawHttp {

	static final String OFFICIAL = "Basic " + Base64.getEncoder().encodeToString("official:siao-official".getBytes());

	static final String POLICY = "Basic " + Base64.getEncoder().encodeToString("policy:siao-policy".getBytes());

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Response send(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write((head.replace("\n", "\r\n") + "Host: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException e) {
				// the server may answer and close before reading a body it refuses
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	Response send(String head, String body) throws IOException {
		return send(head, body.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) > 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (IOException e) {
			// a reset after the answer was sent: keep what came
		}
		return all.toByteArray();
	}

	record Response(int status, String headers, String body) {

		static Response parse(byte[] raw) {
			int end = indexOf(raw, 0, "\r\n\r\n");
			String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
			int from = end < 0 ? raw.length : end + 4;
			byte[] body = java.util.Arrays.copyOfRange(raw, from, raw.length);
			int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
			if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
				body = unchunk(body);
			}
			return new Response(status, head, new String(body, StandardCharsets.UTF_8));
		}

		String contentType() {
			for (String line : headers.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					return line.substring(13).trim();
				}
			}
			return "";
		}

		private static byte[] unchunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int i = 0;
			while (i < chunked.length) {
				int lineEnd = indexOf(chunked, i, "\r\n");
				if (lineEnd < 0) {
					break;
				}
				String sizeLine = new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).trim();
				if (sizeLine.isEmpty()) {
					i = lineEnd + 2;
					continue;
				}
				int size = Integer.parseInt(sizeLine.split(";")[0], 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
				i = lineEnd + 2 + size;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] bytes, int from, String what) {
			byte[] target = what.getBytes(StandardCharsets.US_ASCII);
			outer: for (int i = from; i <= bytes.length - target.length; i++) {
				for (int j = 0; j < target.length; j++) {
					if (bytes[i + j] != target[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
