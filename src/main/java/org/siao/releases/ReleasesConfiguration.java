package org.siao.releases;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where releases are kept ({@code siao.releases.store}): {@code database} (the default) keeps them
 * with the households, in the application's DataSource, so every instance on one database serves
 * the same release and publishing is one transaction; {@code folder} keeps them under
 * {@code siao.releases.path} (default {@code data/releases}), for one instance. A database store
 * that is still empty takes over the releases of that folder, when there are any.
 */
@Configuration(proxyBeanMethods = false)
class ReleasesConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReleasesConfiguration.class);

	@Bean
	@DependsOnDatabaseInitialization
	ReleaseRepository releaseRepository(@Value("${siao.releases.store:database}") String kind,
			@Value("${siao.releases.path:data/releases}") Path path, ObjectProvider<DataSource> dataSource,
			ObjectProvider<PlatformTransactionManager> transactions) {
		return switch (kind) {
			case "folder" -> ReleaseStore.open(path);
			case "database" -> {
				DataSource db = dataSource.getIfAvailable();
				if (db == null) {
					throw new IllegalStateException(
							"siao.releases.store=database needs a database (spring.datasource.url); or set siao.releases.store=folder");
				}
				PlatformTransactionManager tx = transactions.getIfAvailable();
				JdbcReleaseStore store = tx == null ? new JdbcReleaseStore(db) : new JdbcReleaseStore(db, tx);
				// an upgrade from the folder store: its history and live release move into the database once
				if (java.nio.file.Files.isRegularFile(path.resolve("HEAD"))) {
					int taken = store.takeOver(ReleaseStore.open(path));
					if (taken > 0) {
						log.info("{} release entries taken from {} into the database; that folder is no longer used", taken, path);
					}
				}
				yield store;
			}
			default -> throw new IllegalStateException("siao.releases.store is '" + kind + "': write database or folder");
		};
	}

	/** Other instances' publishes, taken every second; only a store several instances can share needs it. */
	@Bean(initMethod = "start", destroyMethod = "stop")
	ReleaseFollower releaseFollower(LiveReleases releases, ReleaseRepository store,
			@Value("${siao.releases.follow-interval:500ms}") Duration interval) {
		return new ReleaseFollower(releases, store instanceof JdbcReleaseStore ? interval : Duration.ZERO);
	}

}
