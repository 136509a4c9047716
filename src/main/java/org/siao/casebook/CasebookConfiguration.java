package org.siao.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The casebook drafts are checked against: {@code siao.casebook.path} if it exists, else the one in the jar. */
@Configuration(proxyBeanMethods = false)
class CasebookConfiguration {

	@Bean
	Casebook casebook(@Value("${siao.casebook.path:casebook}") Path path) {
		if (Files.isDirectory(path)) {
			return new Casebook(path.toString(), CasebookReader.read(path));
		}
		try {
			Map<String, byte[]> files = new TreeMap<>();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:casebook/**/*.yaml")) {
				String url = r.getURL().toString();
				try (var in = r.getInputStream()) {
					files.put(url.substring(url.lastIndexOf("/casebook/") + "/casebook/".length()), in.readAllBytes());
				}
			}
			return new Casebook("classpath:casebook", CasebookReader.read(files));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the bundled casebook", e);
		}
	}

}
