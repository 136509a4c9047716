package org.siao.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rules folder, by path relative to the folder ("programmes/cash.dmn"), and the
 * version that names them: a hash of every path and byte, so the same rules always carry the same
 * version wherever they were loaded from.
 */
public record RulesFolder(String origin, Map<String, byte[]> files, String version) {

	public static RulesFolder of(String origin, Map<String, byte[]> files) {
		TreeMap<String, byte[]> sorted = new TreeMap<>(files);
		return new RulesFolder(origin, java.util.Collections.unmodifiableMap(sorted), hash(sorted));
	}

	public static RulesFolder read(Path dir) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String relative = dir.relativize(file).toString().replace('\\', '/');
				if (!relative.startsWith(".") && !relative.contains("/.")) {
					files.put(relative, Files.readAllBytes(file));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read rules folder " + dir, e);
		}
		return of(dir.toString(), files);
	}

	public String text(String path) {
		return new String(files.get(path), StandardCharsets.UTF_8);
	}

	/**
	 * The version of a set of files: the first 12 hex digits of a SHA-256 over every path and its
	 * bytes, in path order. Releases name their bundles the same way.
	 */
	public static String hash(Map<String, byte[]> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(file.getValue());
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
