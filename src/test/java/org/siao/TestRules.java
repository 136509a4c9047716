package org.siao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the repo's rules/, so tests that publish never write to the repo. */
public final class TestRules {

	private TestRules() {
	}

	/** A fresh, empty release store in a temporary folder. */
	public static Path releases() {
		try {
			return Files.createTempDirectory("siao-releases-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A fresh copy of the repo's rules/ in a temporary folder. */
	public static Path copy() {
		Path source = Path.of("rules");
		try {
			Path target = Files.createTempDirectory("siao-rules-");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.filter(f -> !source.relativize(f).toString().startsWith(".")).toList()) {
					Path copy = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
