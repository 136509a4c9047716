package org.siao.drafts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a draft: the live folder with one file replaced, or a whole folder sent as a zip.
 * Only rule files are taken, at plain relative paths, within size limits: an upload must not be
 * able to write outside the rules folder or fill the disk.
 * <p>
 * A draft carries tables, the catalogue and notes, never code. {@code plan.drl} is Java in all
 * but name (its rules call any method when they fire), so a draft always takes the DRL of the live
 * rules, whatever it was sent with; an upload whose DRL differs is refused before anything is
 * compiled. The household reasoning changes through code review and a release of the repository.
 */
public final class DraftFiles {

	private static final Pattern PATH = Pattern.compile("([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9._-]*\\.(dmn|drl|yaml|md)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CASE = Pattern.compile("([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9._-]*\\.yaml", Pattern.CASE_INSENSITIVE);

	static final int MAX_FILES = 200;

	static final long MAX_BYTES = 5_000_000;

	private DraftFiles() {
	}

	static Map<String, byte[]> replacing(Map<String, byte[]> live, String path, byte[] content) {
		check(path, content.length);
		refuseChangedCode(live, path, content);
		Map<String, byte[]> files = new TreeMap<>(live);
		files.put(path, content);
		return withLiveCode(files, live);
	}

	static Map<String, byte[]> unzip(byte[] zip, Map<String, byte[]> live) {
		Map<String, byte[]> files = new TreeMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory() || entry.getName().contains("/.") || entry.getName().startsWith(".")
						|| entry.getName().startsWith("__MACOSX")) {
					continue;
				}
				String path = strip(entry.getName());
				byte[] content = in.readNBytes((int) (MAX_BYTES - total + 1));
				total += content.length;
				check(path, total);
				refuseChangedCode(live, path, content);
				files.put(path, content);
				if (files.size() > MAX_FILES) {
					throw new InvalidUpload("draft.zip-too-many-files", MAX_FILES);
				}
			}
		}
		catch (IOException e) {
			throw new InvalidUpload("draft.zip-unreadable");
		}
		if (files.isEmpty()) {
			throw new InvalidUpload("draft.zip-empty");
		}
		return withLiveCode(files, live);
	}

	/** One file put into a draft of a rules folder ({@code path} inside it): checked as an upload is. */
	static void checkRulesFile(Map<String, byte[]> live, String path, byte[] content) {
		check(path, content == null ? 0 : content.length);
		refuseChangedCode(live, path, content);
	}

	/** One case put into a draft's casebook ({@code path} inside it). */
	static void checkCase(String path, byte[] content) {
		if (path == null || !CASE.matcher(path).matches()) {
			throw new InvalidUpload("draft.not-a-case", String.valueOf(path));
		}
		if (content != null && content.length > MAX_BYTES) {
			throw new InvalidUpload("draft.too-large", MAX_BYTES);
		}
	}

	/** A rule file that compiles to code: the DRL of the household plan. */
	static boolean isCode(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".drl");
	}

	private static void refuseChangedCode(Map<String, byte[]> live, String path, byte[] content) {
		if (isCode(path) && !Arrays.equals(live.get(path), content)) {
			throw new CodeInDraft(path);
		}
	}

	/** Whatever the upload held, the draft's code is the live code, byte for byte. */
	private static Map<String, byte[]> withLiveCode(Map<String, byte[]> files, Map<String, byte[]> live) {
		files.keySet().removeIf(DraftFiles::isCode);
		live.forEach((path, content) -> {
			if (isCode(path)) {
				files.put(path, content);
			}
		});
		return files;
	}

	/** A zip made of the folder itself ("rules/indicators/...") is taken as its content. */
	private static String strip(String name) {
		return name.startsWith("rules/") ? name.substring("rules/".length()) : name;
	}

	private static void check(String path, long bytes) {
		if (path == null || !PATH.matcher(path).matches()) {
			throw new InvalidUpload("draft.bad-path", String.valueOf(path));
		}
		if (bytes > MAX_BYTES) {
			throw new InvalidUpload("draft.too-large", MAX_BYTES);
		}
	}

	/** An upload that cannot become a draft at all: a message key of {@link DraftMessages} and its arguments. */
	public static class InvalidUpload extends RuntimeException {

		private final String key;

		private final Object[] arguments;

		InvalidUpload(String key, Object... arguments) {
			super(key);
			this.key = key;
			this.arguments = arguments;
		}

		public String key() {
			return key;
		}

		public Object[] arguments() {
			return arguments;
		}

	}

	/** A draft that would change code: refused whatever else it holds. */
	public static class CodeInDraft extends InvalidUpload {

		CodeInDraft(String path) {
			super("draft.code", path);
		}

	}

}
