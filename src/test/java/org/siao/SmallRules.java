package org.siao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small rules folder the tests own (src/test/resources/rules-small: two indicators, three
 * programmes, their catalogue entries and sources), with the repository's plan.drl, which is
 * code. Tests that break a folder in one place edit a copy of this, so the staff can change
 * rules/ without breaking the build.
 */
public final class SmallRules {

	private SmallRules() {
	}

	/** A fresh copy in a temporary folder. */
	public static Path copy() {
		Path source = Path.of("src/test/resources/rules-small");
		try {
			Path target = Files.createTempDirectory("siao-small-rules-");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.toList()) {
					Path copy = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
			Files.copy(Path.of("rules/plan.drl"), target.resolve("plan.drl"));
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
