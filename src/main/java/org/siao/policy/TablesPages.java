package org.siao.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.Dimension;
import org.siao.catalogue.Language;
import org.siao.drafts.DraftService.DraftView;
import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;
import org.siao.policy.grid.CellCheck;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tables by dimension, one table as a grid beside its catalogue entry, and the grid's edits:
 * a cell (checked as it is typed), a row copied, moved or removed, a threshold changed from a date,
 * a catalogue text; the DMN file downloaded or uploaded.
 */
@Controller
class TablesPages {

	private final PolicyWork work;

	private final MessageSource messages;

	TablesPages(PolicyWork work, MessageSource messages) {
		this.work = work;
		this.messages = messages;
	}

	@GetMapping("/policy")
	String home(@RequestParam(required = false) String draft, Model model, Locale locale) {
		Map<String, byte[]> files = work.files(draft);
		Catalogue catalogue = work.catalogue(files);
		Language language = Language.of(locale);
		Map<String, List<TableLink>> indicators = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			indicators.put(dimension.title().in(language), new ArrayList<>());
		}
		Map<String, List<TableLink>> programmes = new LinkedHashMap<>();
		work.tables(files).forEach((path, tables) -> {
			for (DmnTable table : tables) {
				if (path.startsWith("rules/indicators/")) {
					String dimension = catalogue.indicator(table.name())
						.map(i -> i.dimension().title().in(language))
						.orElse(path);
					indicators.computeIfAbsent(dimension, k -> new ArrayList<>())
						.add(new TableLink(path, table.name(), catalogue.indicator(table.name()).map(i -> i.name().in(language)).orElse(""),
								table.rows().size()));
				}
				else {
					String group = path.substring(path.lastIndexOf('/') + 1).replace(".dmn", "");
					programmes.computeIfAbsent(group, k -> new ArrayList<>())
						.add(new TableLink(path, table.name(), catalogue.programme(table.name()).map(p -> p.name().in(language)).orElse(""),
								table.rows().size()));
				}
			}
		});
		model.addAttribute("draftId", draft);
		model.addAttribute("draft", draft == null ? null : work.draft(draft));
		model.addAttribute("indicators", indicators);
		model.addAttribute("programmes", programmes);
		model.addAttribute("drafts", work.openDrafts());
		model.addAttribute("live", work.releases().live());
		return "policy/home";
	}

	/** One table in the list: its file, code, name in the user's language and how many rows. */
	record TableLink(String file, String table, String name, int rows) {
	}

	@PostMapping("/policy/drafts")
	String newDraft(Principal principal) {
		DraftView draft = work.drafts().create(null, Map.of(), principal.getName());
		return "redirect:/policy?draft=" + draft.id();
	}

	@GetMapping("/policy/table")
	String table(@RequestParam String file, @RequestParam String table, @RequestParam(required = false) String draft,
			Model model, Locale locale) {
		fill(model, file, table, draft, locale);
		return "policy/table";
	}

	void fill(Model model, String file, String tableName, String draftId, Locale locale) {
		Map<String, byte[]> files = work.files(draftId);
		DmnDocument document = work.document(draftId, file);
		DmnTable table = document.table(tableName).orElseThrow(() -> new PolicyWork.NoSuchFile(file));
		Language language = Language.of(locale);
		Catalogue catalogue = work.catalogue(files);
		DraftView draft = draftId == null ? null : work.draft(draftId);
		model.addAttribute("file", file);
		model.addAttribute("t", table);
		model.addAttribute("types", types(table));
		model.addAttribute("draftId", draftId);
		model.addAttribute("draft", draft);
		model.addAttribute("lang", language.name().toLowerCase(Locale.ROOT));
		model.addAttribute("indicator", catalogue.indicator(tableName).orElse(null));
		model.addAttribute("programme", catalogue.programme(tableName).orElse(null));
		model.addAttribute("catalogueFile", catalogue.indicator(tableName).isPresent()
				? "rules/catalogue/indicators.yaml" : "rules/catalogue/programmes.yaml");
		model.addAttribute("dateColumns", columnsOfType(table, "date"));
		model.addAttribute("numberColumns", columnsOfType(table, "number"));
		model.addAttribute("problems", draft == null ? List.of() : rowProblems(draft, file, tableName));
		model.addAttribute("links", links(table, PublicSources.read(files.get("rules/sources.yaml"))));
		if (!model.containsAttribute("dated")) {
			model.addAttribute("dated", new Dated(null, null, "", "", "", Map.of()));
		}
	}

	private static List<String> types(DmnTable table) {
		List<String> types = new ArrayList<>();
		for (int c = 0; c < table.columnCount(); c++) {
			types.add(table.columnType(c));
		}
		return types;
	}

	private static Map<Integer, String> columnsOfType(DmnTable table, String type) {
		Map<Integer, String> out = new LinkedHashMap<>();
		for (int c = 0; c < table.inputs().size(); c++) {
			if (table.inputs().get(c).type().equals(type)) {
				out.put(c, table.columnLabel(c));
			}
		}
		return out;
	}

	/** Web addresses a row's source cites, linked beside it. */
	private static Map<String, List<String>> links(DmnTable table, Map<String, String> sources) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		int first = table.inputs().size() + table.outputs().size();
		for (DmnTable.Row row : table.rows()) {
			List<String> found = new ArrayList<>();
			for (int c = first; c < row.cells().size(); c++) {
				java.util.regex.Matcher cited = java.util.regex.Pattern.compile("\\[([A-Za-z0-9._-]+)").matcher(row.cells().get(c));
				while (cited.find()) {
					String link = sources.get(cited.group(1));
					if (link != null && !found.contains(link)) {
						found.add(link);
					}
				}
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("(https?://[^\\s)]+|\\b[a-z0-9.-]+\\.(?:go\\.th|or\\.th|ac\\.th|com|org)(?:/[^\\s),]*)?)")
					.matcher(row.cells().get(c));
				while (m.find()) {
					String link = m.group(1);
					found.add(link.startsWith("http") ? link : "https://" + link);
				}
			}
			out.put(row.id(), found);
		}
		return out;
	}

	/** The draft's checks for this table, by row number (0 for the table as a whole). */
	private static Map<Integer, List<String>> rowProblems(DraftView draft, String file, String table) {
		return problemsAt(concat(draft.errors(), draft.warnings()), file, table);
	}

	private static Map<Integer, List<String>> problemsAt(List<org.siao.rulebook.RuleProblem> problems, String file, String table) {
		Map<Integer, List<String>> out = new LinkedHashMap<>();
		String inFolder = file.substring("rules/".length());
		for (var problem : problems) {
			if (table.equals(problem.table()) && (problem.file() == null || inFolder.equals(problem.file()) || file.equals(problem.file()))) {
				out.computeIfAbsent(problem.row() == null ? 0 : problem.row(), k -> new ArrayList<>()).add(problem.message());
			}
		}
		return out;
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}

	/** As the cell is typed: its message, or nothing. */
	@PostMapping("/policy/check")
	String check(@RequestParam String type, @RequestParam(defaultValue = "") String value, Model model, Locale locale) {
		model.addAttribute("message", CellCheck.check(type, value).map(p -> words(p, locale)).orElse(null));
		return "policy/fragments :: cell-message";
	}

	/** A cell saved when it leaves the field: checked again, then the file is rewritten in the draft. */
	@PostMapping("/policy/drafts/{id}/cell")
	String cell(@PathVariable String id, @RequestParam String file, @RequestParam String table, @RequestParam String row,
			@RequestParam int column, @RequestParam(defaultValue = "") String value, Model model, Locale locale) {
		DmnTable grid = work.document(id, file).table(table).orElseThrow(() -> new PolicyWork.NoSuchFile(file));
		if (column < 0 || column >= grid.columnCount() || grid.row(row).isEmpty()) {
			throw new PolicyWork.NoSuchFile(file);
		}
		Optional<CellCheck.Problem> problem = CellCheck.check(grid.columnType(column), value);
		DmnTable.Row current = grid.row(row).get();
		model.addAttribute("draftId", id);
		model.addAttribute("file", file);
		model.addAttribute("tableName", table);
		model.addAttribute("rowId", row);
		model.addAttribute("rowNumber", current.number());
		model.addAttribute("column", column);
		model.addAttribute("label", grid.columnLabel(column));
		model.addAttribute("type", grid.columnType(column));
		model.addAttribute("value", value);
		if (problem.isPresent()) {
			model.addAttribute("message", words(problem.get(), locale));
			model.addAttribute("saved", false);
			return "policy/fragments :: cell";
		}
		String clean = value.trim();
		if (!clean.equals(current.cells().get(column))) {
			DraftView after = work.editDmn(id, file, doc -> doc.setCell(table, row, column, clean));
			// an error stops the draft from being published; a warning (a source still naming the old
			// figure) does not, so the cell says it was saved and shows the warning beside it
			List<String> errors = problemsAt(after.errors(), file, table).getOrDefault(current.number(), List.of());
			List<String> warnings = problemsAt(after.warnings(), file, table).getOrDefault(current.number(), List.of());
			model.addAttribute("message", errors.isEmpty() ? null : String.join("; ", errors));
			model.addAttribute("warning", warnings.isEmpty() ? null : String.join("; ", warnings));
		}
		model.addAttribute("value", clean);
		model.addAttribute("saved", true);
		return "policy/fragments :: cell";
	}

	@PostMapping("/policy/drafts/{id}/row")
	String row(@PathVariable String id, @RequestParam String file, @RequestParam String table, @RequestParam String row,
			@RequestParam String action) {
		work.editDmn(id, file, doc -> {
			switch (action) {
				case "copy" -> doc.copyRow(table, row);
				case "up" -> doc.moveRow(table, row, true);
				case "down" -> doc.moveRow(table, row, false);
				case "remove" -> doc.removeRow(table, row);
				default -> throw new PolicyWork.NoSuchFile(file);
			}
		});
		return "redirect:" + tableUrl(id, file, table);
	}

	/** The dated-change form as typed, with its messages by field when it cannot be applied. */
	record Dated(Integer dateColumn, Integer valueColumn, String from, String value, String source,
			Map<String, String> errors) {
	}

	/** "From 1 Oct 2568, 40000": the open rows are closed the day before and copied with the new figure. */
	@PostMapping("/policy/drafts/{id}/dated")
	String dated(@PathVariable String id, @RequestParam String file, @RequestParam String table,
			@RequestParam(required = false) Integer dateColumn, @RequestParam(required = false) Integer valueColumn,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String value,
			@RequestParam(defaultValue = "") String source, Model model, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		try {
			day = LocalDate.parse(from.trim());
		}
		catch (DateTimeParseException e) {
			errors.put("from", messages.getMessage("policy.dated.noDate", null, locale));
		}
		Optional<CellCheck.Problem> problem = CellCheck.check("number", value);
		if (value.isBlank()) {
			errors.put("value", messages.getMessage("policy.cell.empty", null, locale));
		}
		else if (problem.isPresent()) {
			errors.put("value", words(problem.get(), locale));
		}
		if (dateColumn == null || valueColumn == null) {
			errors.put("value", messages.getMessage("policy.dated.columns", null, locale));
		}
		if (errors.isEmpty()) {
			LocalDate start = day;
			List<String> added = new ArrayList<>();
			work.editDmn(id, file, doc -> added.addAll(doc.changeFrom(table, dateColumn, valueColumn, start,
					new BigDecimal(value.trim()), source)));
			if (!added.isEmpty()) {
				return "redirect:" + tableUrl(id, file, table) + "&added=" + added.size();
			}
			errors.put("from", messages.getMessage("policy.dated.noOpenRow", null, locale));
		}
		model.addAttribute("dated", new Dated(dateColumn, valueColumn, from, value, source, errors));
		fill(model, file, table, id, locale);
		return "policy/table";
	}

	@PostMapping("/policy/drafts/{id}/catalogue")
	String catalogue(@PathVariable String id, @RequestParam String file, @RequestParam String table,
			@RequestParam String catalogueFile, @RequestParam String field, @RequestParam(defaultValue = "") String th,
			@RequestParam(defaultValue = "") String en) {
		try {
			work.editCatalogue(id, catalogueFile, table, field, th, en);
		}
		catch (IllegalArgumentException e) {
			throw new PolicyWork.NoSuchFile(catalogueFile);
		}
		return "redirect:" + tableUrl(id, file, table) + "#catalogue";
	}

	@GetMapping("/policy/file")
	ResponseEntity<byte[]> download(@RequestParam String path, @RequestParam(required = false) String draft) {
		byte[] bytes = work.files(draft).get(PolicyWork.dmnPath(path));
		if (bytes == null) {
			throw new PolicyWork.NoSuchFile(path);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	@PostMapping("/policy/drafts/{id}/upload")
	String upload(@PathVariable String id, @RequestParam String path, @RequestParam String table,
			@RequestParam("file") MultipartFile file, Model model, Locale locale) throws java.io.IOException {
		try {
			work.uploadDmn(id, path, file.getBytes());
		}
		catch (DmnDocument.InvalidDmn e) {
			model.addAttribute("uploadError", messages.getMessage(e.key(), null, locale));
			fill(model, path, table, id, locale);
			return "policy/table";
		}
		return "redirect:" + tableUrl(id, path, table);
	}

	static String tableUrl(String draft, String file, String table) {
		return UriComponentsBuilder.fromPath("/policy/table")
			.queryParam("file", file)
			.queryParam("table", table)
			.queryParam("draft", draft)
			.encode()
			.build()
			.toUriString();
	}

	private String words(CellCheck.Problem problem, Locale locale) {
		return messages.getMessage(problem.key(), problem.arguments().toArray(), locale);
	}

}
