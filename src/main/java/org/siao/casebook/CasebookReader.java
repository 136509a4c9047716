package org.siao.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads every *.yaml under a casebook folder, in path order. */
public final class CasebookReader {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private CasebookReader() {
	}

	public static List<Case> read(Path folder) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read casebook " + folder, e);
		}
		return read(files);
	}

	/** Cases from files by path ("elderly/widow.yaml"), in path order. */
	public static List<Case> read(Map<String, byte[]> files) {
		List<Case> cases = new ArrayList<>();
		new TreeMap<>(files).forEach((path, bytes) -> cases.add(read(path, bytes)));
		return cases;
	}

	private static Case read(String path, byte[] yaml) {
		try {
			CaseFile parsed = YAML.readValue(yaml, CaseFile.class);
			return new Case(path, parsed.title(), parsed.survey(), parsed.expect());
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException(path + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
		}
	}

	record CaseFile(String title, org.siao.survey.Survey survey, Case.Expect expect) {
	}

}
