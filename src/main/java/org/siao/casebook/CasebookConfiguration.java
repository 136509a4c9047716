package org.siao.casebook;

import java.nio.file.Files;
import java.nio.file.Path;

import org.siao.rulebook.ClasspathFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The casebook drafts are checked against: {@code siao.casebook.path} if it exists, else the one in the jar. */
@Configuration(proxyBeanMethods = false)
class CasebookConfiguration {

	@Bean
	Casebook casebook(@Value("${siao.casebook.path:casebook}") Path path) {
		if (Files.isDirectory(path)) {
			return new Casebook(path.toString(), CasebookReader.read(path));
		}
		return new Casebook("classpath:casebook", CasebookReader.read(ClasspathFolder.read("casebook", "**/*.yaml")));
	}

}
