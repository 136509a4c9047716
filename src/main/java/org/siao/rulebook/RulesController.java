package org.siao.rulebook;

import java.time.Instant;
import java.util.List;

import org.siao.releases.LiveReleases;
import org.siao.releases.Release;
import org.siao.releases.RowChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Which rules are live: version, status of the last change on disk, files, tables, and the history of changes. */
@RestController
class RulesController {

	private final RuleBooks ruleBooks;

	private final LiveReleases releases;

	RulesController(RuleBooks ruleBooks, LiveReleases releases) {
		this.ruleBooks = ruleBooks;
		this.releases = releases;
	}

	@GetMapping("/api/v1/rules")
	RulesView rules() {
		RuleBook book = ruleBooks.current();
		List<FileView> files = book.folder().files().entrySet().stream()
			.map(f -> new FileView(f.getKey(), f.getValue().length))
			.toList();
		List<TableView> tables = java.util.stream.Stream.concat(book.indicatorTables().stream(), book.programmeTables().stream())
			.map(t -> new TableView(t.name(), t.file(), t.hitPolicy(), t.perMember() ? "MEMBER" : "HOUSEHOLD",
					t.columns().stream().map(RuleTable.Column::name).toList(), t.rows().size()))
			.toList();
		return new RulesView(book.version(), releases.live().version(), book.folder().origin(), book.loadedAt(), ruleBooks.status(), files, tables,
				book.warnings().stream().map(RuleProblem::toString).toList());
	}

	/** Every release, newest first (kept under its older address too). */
	@GetMapping({ "/api/v1/rules/releases", "/api/v1/rules/history" })
	List<Release> history() {
		return releases.history();
	}

	/** One release and, row by row, what it changed from its parent. */
	@GetMapping("/api/v1/rules/releases/{version}")
	ResponseEntity<ReleaseView> release(@PathVariable String version) {
		return releases.release(version)
			.map(r -> ResponseEntity.ok(new ReleaseView(r, r.parent() == null || !releases.has(r.parent()) ? List.of()
					: releases.diff(r.parent(), r.version()).changes())))
			.orElse(ResponseEntity.notFound().build());
	}

	record ReleaseView(Release release, List<RowChange> changes) {
	}

	/** {@code version}: the rules' own hash, as assessments report it; {@code release}: the live release (rules and casebook). */
	record RulesView(String version, String release, String origin, Instant loadedAt, RuleBooks.Status status, List<FileView> files,
			List<TableView> tables, List<String> warnings) {
	}

	record FileView(String path, int bytes) {
	}

	record TableView(String name, String file, String hitPolicy, String askedFor, List<String> columns, int rows) {
	}


}
