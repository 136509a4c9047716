package org.siao.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.siao.catalogue.Catalogue;
import org.siao.catalogue.CatalogueReader;
import org.siao.drafts.DraftProblems;
import org.siao.drafts.DraftService;
import org.siao.drafts.DraftService.DraftView;
import org.siao.policy.dmn.DmnDocument;
import org.siao.policy.dmn.DmnTable;
import org.siao.policy.grid.CatalogueText;
import org.siao.releases.Bundle;
import org.siao.releases.Releases;
import org.siao.releases.RulesCompiler;
import org.siao.rulebook.RuleBook;
import org.siao.rulebook.RuleBookLoader;
import org.springframework.stereotype.Service;

/**
 * What the policy pages do to drafts, in their words: open a file of the draft (or of the live
 * release) as tables, change it through the DMN editor, and hand the new bytes to the draft
 * service, which checks them. Every change is a whole new file for one path, so a grid edit and an
 * upload of the same content are the same edit.
 */
@Service
public class PolicyWork {

	private final DraftService drafts;

	private final Releases releases;

	private final RulesCompiler compiler;

	PolicyWork(DraftService drafts, Releases releases, RulesCompiler compiler) {
		this.drafts = drafts;
		this.releases = releases;
		this.compiler = compiler;
	}

	public DraftService drafts() {
		return drafts;
	}

	public Releases releases() {
		return releases;
	}

	public DraftView draft(String id) {
		return drafts.find(id).orElseThrow(() -> new DraftProblems.NoSuchDraft(id));
	}

	/** The files the pages show: the draft's when a draft is open, the live release's otherwise. */
	public Map<String, byte[]> files(String draftId) {
		if (draftId == null || draftId.isBlank()) {
			return releases.bundle(releases.live().version()).files();
		}
		draft(draftId);
		return drafts.files(draftId);
	}

	public Map<String, byte[]> parentFiles(DraftView draft) {
		return releases.bundle(draft.parent()).files();
	}

	/** Every DMN file's tables, by bundle path, in path order. */
	public Map<String, List<DmnTable>> tables(Map<String, byte[]> files) {
		Map<String, List<DmnTable>> out = new TreeMap<>();
		files.forEach((path, bytes) -> {
			if (path.startsWith(Bundle.RULES) && path.endsWith(".dmn")) {
				try {
					out.put(path, DmnDocument.parse(bytes).tables());
				}
				catch (DmnDocument.InvalidDmn e) {
					out.put(path, List.of());
				}
			}
		});
		return out;
	}

	public Catalogue catalogue(Map<String, byte[]> files) {
		return CatalogueReader.read(files.get(Bundle.RULES + CatalogueReader.INDICATORS),
				files.get(Bundle.RULES + CatalogueReader.PROGRAMMES));
	}

	public DmnDocument document(String draftId, String path) {
		byte[] bytes = files(draftId).get(dmnPath(path));
		if (bytes == null) {
			throw new NoSuchFile(path);
		}
		return DmnDocument.parse(bytes);
	}

	/** One grid edit: the file opened, changed and put back into the draft as a whole new file. */
	public DraftView editDmn(String draftId, String path, Consumer<DmnDocument> edit) {
		DmnDocument document = document(draftId, path);
		edit.accept(document);
		return drafts.put(draftId, dmnPath(path), document.bytes());
	}

	/** A DMN file from an editor: written through the same writer as a grid edit. */
	public DraftView uploadDmn(String draftId, String path, byte[] bytes) {
		if (!files(draftId).containsKey(dmnPath(path))) {
			throw new NoSuchFile(path);
		}
		return drafts.put(draftId, dmnPath(path), DmnDocument.normalise(bytes));
	}

	public DraftView editCatalogue(String draftId, String path, String code, String field, String th, String en) {
		if (!path.equals(Bundle.RULES + CatalogueReader.INDICATORS) && !path.equals(Bundle.RULES + CatalogueReader.PROGRAMMES)) {
			throw new NoSuchFile(path);
		}
		byte[] bytes = files(draftId).get(path);
		return drafts.put(draftId, path, CatalogueText.set(bytes, code, field, th, en));
	}

	/** The rule book a draft would make live; null while its rules do not load. */
	public RuleBook book(DraftView draft) {
		Bundle bundle = Bundle.of(drafts.files(draft.id()));
		RuleBookLoader.Report report = compiler.check(bundle.rules("draft " + draft.id()));
		return report.publishable() ? report.book() : null;
	}

	public RuleBook liveBook() {
		Bundle bundle = releases.bundle(releases.live().version());
		return compiler.check(bundle.rules("live")).book();
	}

	/** Open drafts and drafts waiting for a second person, newest first. */
	public List<DraftView> openDrafts() {
		return new ArrayList<>(drafts.list());
	}

	static String dmnPath(String path) {
		if (path == null || !path.startsWith(Bundle.RULES) || !path.endsWith(".dmn") || path.contains("..")) {
			throw new NoSuchFile(path);
		}
		return path;
	}

	/** Labels of a table's columns, in grid order. */
	public static Map<Integer, String> columns(DmnTable table) {
		Map<Integer, String> out = new LinkedHashMap<>();
		for (int c = 0; c < table.columnCount(); c++) {
			out.put(c, table.columnLabel(c));
		}
		return out;
	}

	/** A file the pages were asked for that the release or draft does not have. */
	public static final class NoSuchFile extends RuntimeException {

		public NoSuchFile(String path) {
			super("no such rules file");
		}

	}

}
