package org.siao.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
		List<Case> cases = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				cases.add(read(folder, file));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read casebook " + folder, e);
		}
		return cases;
	}

	private static Case read(Path folder, Path file) throws IOException {
		String path = folder.relativize(file).toString().replace('\\', '/');
		try {
			CaseFile parsed = YAML.readValue(Files.readAllBytes(file), CaseFile.class);
			return new Case(path, parsed.title(), parsed.survey(), parsed.expect());
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException(path + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
		}
	}

	record CaseFile(String title, org.siao.survey.Survey survey, Case.Expect expect) {
	}

}
