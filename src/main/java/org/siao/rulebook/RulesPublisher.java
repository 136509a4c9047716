package org.siao.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way the live rules change: publishing a checked draft, rolling back to a kept
 * version, or a change on disk that passes the same checks. Each change writes the files to the
 * rules folder, keeps the version in the history, swaps the live book, and is audited. One change
 * at a time.
 */
public final class RulesPublisher {

	private static final Logger audit = LoggerFactory.getLogger("siao.audit");

	private final Path dir;

	private final RuleBooks books;

	private final RuleBookLoader loader;

	private final RulesHistory history;

	private final Clock clock;

	private final Object lock = new Object();

	private String lastRefused;

	public RulesPublisher(Path dir, RuleBooks books, RuleBookLoader loader, Clock clock) {
		this.dir = dir;
		this.books = books;
		this.loader = loader;
		this.history = new RulesHistory(dir);
		this.clock = clock;
	}

	/** Keeps the version the service started on, so it can be rolled back to. */
	public void started() {
		synchronized (lock) {
			RuleBook live = books.current();
			try {
				boolean known = history.has(live.version());
				history.keep(live.folder());
				if (!known) {
					record(new Publication("START", "system", clock.instant(), null, live.version(), "first start on these rules", null));
				}
			}
			catch (UncheckedIOException e) {
				// a read-only folder still serves; only publishing and rolling back need to write
				audit.warn("cannot keep rules {} in {}: {}", live.version(), dir, e.getMessage());
			}
		}
	}

	public Publication publish(RuleBook book, String user, String note, String casebook) {
		return change("PUBLISH", book, user, note, casebook);
	}

	/** Checks a kept version again, as any draft; null book in the report when it no longer loads. */
	public RuleBookLoader.Report checkKept(String version) {
		if (!history.has(version)) {
			throw new IllegalArgumentException("no kept rules version " + version);
		}
		return loader.check(history.folder(version));
	}

	public Publication rollback(RuleBook book, String user, String note, String casebook) {
		return change("ROLLBACK", book, user, note, casebook);
	}

	public List<Publication> publications() {
		return history.publications();
	}

	/** Called by the watcher: loads the folder if it changed on disk, keeps the live rules if it fails. */
	public void reloadIfChanged() {
		synchronized (lock) {
			if (!Files.isDirectory(dir)) {
				return;
			}
			RulesFolder onDisk = RulesFolder.read(dir);
			if (onDisk.files().isEmpty() || onDisk.version().equals(books.current().version())
					|| onDisk.version().equals(lastRefused)) {
				return;
			}
			RuleBookLoader.Report report = loader.check(onDisk);
			if (!report.publishable()) {
				lastRefused = onDisk.version();
				books.rejected(onDisk.version(), report.errors(), clock.instant());
				audit.warn("rules on disk ({}) refused, {} problem(s); {} stays live", onDisk.version(),
						report.errors().size(), books.current().version());
				return;
			}
			String from = books.current().version();
			history.keep(onDisk);
			books.swap(report.book(), clock.instant());
			record(new Publication("RELOAD", "disk", clock.instant(), from, onDisk.version(), "files changed on disk", null));
		}
	}

	private Publication change(String action, RuleBook book, String user, String note, String casebook) {
		synchronized (lock) {
			String from = books.current().version();
			write(book.folder());
			history.keep(book.folder());
			books.swap(book, clock.instant());
			lastRefused = null;
			Publication publication = new Publication(action, user, clock.instant(), from, book.version(), note, casebook);
			record(publication);
			return publication;
		}
	}

	private void record(Publication publication) {
		history.record(publication);
		audit.info("{} by {}: {} -> {} ({}) casebook: {}", publication.action(), publication.user(),
				publication.fromVersion(), publication.toVersion(), publication.note(), publication.casebook());
	}

	/**
	 * Writes every file beside its target first, then moves each into place, then removes files
	 * the new version no longer has: a reader of the folder never meets a half-written file.
	 */
	private void write(RulesFolder folder) {
		try {
			Path staging = Files.createDirectories(dir.resolve(".history")).resolve(".staging-" + folder.version());
			for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
				Path staged = staging.resolve(file.getKey());
				Files.createDirectories(staged.getParent());
				Files.write(staged, file.getValue());
			}
			for (String path : folder.files().keySet()) {
				Path target = dir.resolve(path);
				Files.createDirectories(target.getParent());
				Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			Set<String> keep = folder.files().keySet();
			for (String stale : RulesFolder.read(dir).files().keySet()) {
				if (!keep.contains(stale)) {
					Files.delete(dir.resolve(stale));
				}
			}
			try (Stream<Path> leftovers = Files.walk(staging)) {
				leftovers.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the rules folder " + dir, e);
		}
	}

}
