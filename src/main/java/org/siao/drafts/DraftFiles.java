package org.siao.drafts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a draft: the live folder with one file replaced, or a whole folder sent as a zip.
 * Only rule files are taken, at plain relative paths, within size limits: an upload must not be
 * able to write outside the rules folder or fill the disk.
 */
final class DraftFiles {

	private static final Pattern PATH = Pattern.compile("([a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9._-]*\\.(dmn|drl|yaml|md)",
			Pattern.CASE_INSENSITIVE);

	static final int MAX_FILES = 200;

	static final long MAX_BYTES = 5_000_000;

	private DraftFiles() {
	}

	static Map<String, byte[]> replacing(Map<String, byte[]> live, String path, byte[] content) {
		check(path, content.length);
		Map<String, byte[]> files = new TreeMap<>(live);
		files.put(path, content);
		return files;
	}

	static Map<String, byte[]> unzip(byte[] zip) {
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
				files.put(path, content);
				if (files.size() > MAX_FILES) {
					throw new InvalidUpload("the zip holds more than " + MAX_FILES + " files");
				}
			}
		}
		catch (IOException e) {
			throw new InvalidUpload("the zip cannot be read: " + e.getMessage());
		}
		if (files.isEmpty()) {
			throw new InvalidUpload("the zip holds no rule files");
		}
		return files;
	}

	/** A zip made of the folder itself ("rules/indicators/...") is taken as its content. */
	private static String strip(String name) {
		return name.startsWith("rules/") ? name.substring("rules/".length()) : name;
	}

	private static void check(String path, long bytes) {
		if (path == null || !PATH.matcher(path).matches()) {
			throw new InvalidUpload("'" + path + "' is not a rule file path such as programmes/cash.dmn");
		}
		if (bytes > MAX_BYTES) {
			throw new InvalidUpload("a draft may hold at most " + MAX_BYTES + " bytes");
		}
	}

	/** An upload that cannot become a draft at all. */
	static class InvalidUpload extends RuntimeException {

		InvalidUpload(String message) {
			super(message);
		}

	}

}
