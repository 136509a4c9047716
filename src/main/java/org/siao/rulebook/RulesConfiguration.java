package org.siao.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the rules at start-up: from {@code siao.rules.path} (default {@code ./rules}) when that
 * folder exists, otherwise the copy bundled in the jar. A folder that fails its checks stops the
 * start with every problem listed.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

	@Bean
	RuleBookLoader ruleBookLoader() {
		return new RuleBookLoader(Clock.systemUTC());
	}

	@Bean
	RuleBooks ruleBooks(@Value("${siao.rules.path:rules}") Path path, RuleBookLoader loader) {
		long start = System.nanoTime();
		// a folder holding no rule files (only the history a jar-started service keeps) is no rules folder
		RulesFolder onDisk = Files.isDirectory(path) ? RulesFolder.read(path) : null;
		RulesFolder folder = onDisk != null && !onDisk.files().isEmpty() ? onDisk : bundled();
		RuleBook book = loader.load(folder);
		log.info("Rules {} loaded from {} in {} ms: {} indicator tables, {} programme tables", book.version(),
				folder.origin(), (System.nanoTime() - start) / 1_000_000, book.indicatorTables().size(),
				book.programmeTables().size());
		return new RuleBooks(book);
	}

	@Bean
	RulesPublisher rulesPublisher(@Value("${siao.rules.path:rules}") Path path, RuleBooks books, RuleBookLoader loader) {
		RulesPublisher publisher = new RulesPublisher(path, books, loader, Clock.systemUTC());
		publisher.started();
		return publisher;
	}

	@Bean(initMethod = "start", destroyMethod = "stop")
	RulesWatcher rulesWatcher(RulesPublisher publisher, @Value("${siao.rules.watch-interval:2s}") java.time.Duration interval) {
		return new RulesWatcher(publisher, interval);
	}

	static RulesFolder bundled() {
		return RulesFolder.of("classpath:rules", ClasspathFolder.read("rules", "**/*.*"));
	}

}
