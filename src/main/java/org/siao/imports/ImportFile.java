package org.siao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file copied aside, so that it can be read more than once (its header checked,
 * then imported on another thread), with what the import needs to know of it: its SHA-256 (the
 * same file resumes or replaces its earlier run) and its number of lines (the progress bar).
 */
record ImportFile(Path path, String hash, int lines) implements AutoCloseable {

	static ImportFile copy(InputStream in) throws IOException {
		Path path = Files.createTempFile("siao-import", ".txt");
		MessageDigest sha = sha256();
		int lines = 0;
		boolean open = false;
		try (OutputStream out = Files.newOutputStream(path)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha.update(buffer, 0, n);
				out.write(buffer, 0, n);
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
						open = false;
					}
					else {
						open = true;
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(path);
			throw e;
		}
		return new ImportFile(path, HexFormat.of().formatHex(sha.digest()), open ? lines + 1 : lines);
	}

	InputStream open() throws IOException {
		return Files.newInputStream(path);
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(path);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
