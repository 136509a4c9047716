package org.siao.drafts;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.siao.rulebook.RuleBookLoader;
import org.siao.rulebook.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftFilesTests {

	private static byte[] zip(Map<String, byte[]> files) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void aZippedRulesFolderIsTheSameDraftAsTheFolder() throws Exception {
		RulesFolder folder = RulesFolder.read(Path.of("rules"));
		Map<String, byte[]> prefixed = new java.util.TreeMap<>();
		folder.files().forEach((path, bytes) -> prefixed.put("rules/" + path, bytes));
		assertThat(RulesFolder.of("zip", DraftFiles.unzip(zip(prefixed), folder.files())).version()).isEqualTo(folder.version());
	}

	@Test
	void pathsOutsideTheFolderOrNotRuleFilesAreRefused() throws Exception {
		assertThatThrownBy(() -> DraftFiles.unzip(zip(Map.of("../evil.dmn", new byte[1])), Map.of()))
			.isInstanceOf(DraftFiles.InvalidUpload.class);
		assertThatThrownBy(() -> DraftFiles.replacing(Map.of(), "programmes/run.sh", new byte[1]))
			.isInstanceOf(DraftFiles.InvalidUpload.class);
		assertThatThrownBy(() -> DraftFiles.replacing(Map.of(), "/etc/passwd.yaml", new byte[1]))
			.isInstanceOf(DraftFiles.InvalidUpload.class);
	}

}
