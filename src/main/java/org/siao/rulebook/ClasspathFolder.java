package org.siao.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files the build bundled under a folder of the jar ("rules", "casebook"), by path inside it. */
public final class ClasspathFolder {

	private ClasspathFolder() {
	}

	public static Map<String, byte[]> read(String folder, String pattern) {
		String marker = "/" + folder + "/";
		try {
			Map<String, byte[]> files = new TreeMap<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/" + pattern)) {
				String url = resource.getURL().toString();
				try (var in = resource.getInputStream()) {
					files.put(url.substring(url.lastIndexOf(marker) + marker.length()), in.readAllBytes());
				}
			}
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the bundled " + folder, e);
		}
	}

}
