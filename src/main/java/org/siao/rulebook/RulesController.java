package org.siao.rulebook;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which rules are live: version, status of the last change on disk, files, tables, and the history of changes. */
@RestController
class RulesController {

	private final RuleBooks ruleBooks;

	private final RulesPublisher publisher;

	RulesController(RuleBooks ruleBooks, RulesPublisher publisher) {
		this.ruleBooks = ruleBooks;
		this.publisher = publisher;
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
		return new RulesView(book.version(), book.folder().origin(), book.loadedAt(), ruleBooks.status(), files, tables,
				book.warnings().stream().map(RuleProblem::toString).toList());
	}

	@GetMapping("/api/v1/rules/history")
	List<Publication> history() {
		return publisher.publications();
	}

	record RulesView(String version, String origin, Instant loadedAt, RuleBooks.Status status, List<FileView> files,
			List<TableView> tables, List<String> warnings) {
	}

	record FileView(String path, int bytes) {
	}

	record TableView(String name, String file, String hitPolicy, String askedFor, List<String> columns, int rows) {
	}


}
