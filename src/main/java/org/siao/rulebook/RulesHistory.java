package org.siao.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version that was ever live, kept whole under {@code <rules>/.history/<version>/}, and the
 * audit log of changes ({@code .history/audit.jsonl}, one JSON line per change). Rules carry no
 * household data, so neither does this.
 */
final class RulesHistory {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final Path root;

	RulesHistory(Path rulesDir) {
		this.root = rulesDir.resolve(".history");
	}

	void keep(RulesFolder folder) {
		Path dir = root.resolve(folder.version());
		if (Files.isDirectory(dir)) {
			return;
		}
		try {
			Path staging = Files.createDirectories(root).resolve(".incoming-" + folder.version());
			for (Map.Entry<String, byte[]> file : folder.files().entrySet()) {
				Path target = staging.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, file.getValue());
			}
			Files.move(staging, dir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep rules version " + folder.version(), e);
		}
	}

	boolean has(String version) {
		return version.matches("[0-9a-f]{12}") && Files.isDirectory(root.resolve(version));
	}

	RulesFolder folder(String version) {
		return RulesFolder.read(root.resolve(version));
	}

	void record(Publication publication) {
		try {
			Files.createDirectories(root);
			Files.writeString(root.resolve("audit.jsonl"), JSON.writeValueAsString(publication) + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the audit log", e);
		}
	}

	List<Publication> publications() {
		Path log = root.resolve("audit.jsonl");
		if (!Files.exists(log)) {
			return List.of();
		}
		try {
			List<Publication> all = new ArrayList<>();
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					all.add(JSON.readValue(line, Publication.class));
				}
			}
			return all;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the audit log", e);
		}
	}

}
