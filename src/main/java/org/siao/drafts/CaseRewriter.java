package org.siao.drafts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.siao.assessment.Assessment;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.casebook.CasebookRunner;
import org.siao.rulebook.RuleBook;

/**
 * "Accept the new outcome" of a case: its expectations rewritten from what the draft answers for
 * it, so a deliberate policy change carries its cases along. Only the {@code expect:} block is
 * rewritten; the title and the household stay as the author wrote them.
 */
final class CaseRewriter {

	private static final ObjectMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

	private static final Pattern EXPECT = Pattern.compile("^expect:", Pattern.MULTILINE);

	private static final Pattern NEXT_KEY = Pattern.compile("^[^\\s#]", Pattern.MULTILINE);

	private CaseRewriter() {
	}

	static byte[] acceptOutcome(RuleBook book, String path, byte[] yaml) {
		Case c = CasebookReader.read(Map.of(path, yaml)).get(0);
		CasebookRunner.Result result = new CasebookRunner().run(book, c);
		Assessment a = result.assessment();
		if (a == null) {
			// the household itself is invalid: there is no outcome to accept
			throw new DraftFiles.InvalidUpload("draft.not-a-case", path);
		}
		Case.Expect was = c.expect();
		List<String> recommended = a.recommendations().stream().map(CasebookRunner::id).toList();
		Map<String, Object> expect = new LinkedHashMap<>();
		expect.put("deficits", a.deficits().stream().map(Assessment.Deficit::id).toList());
		expect.put("recommend", recommended);
		Map<String, Long> amounts = new LinkedHashMap<>();
		a.recommendations().stream().filter(r -> r.amount() != null && was.amounts().containsKey(CasebookRunner.id(r)))
			.forEach(r -> amounts.put(CasebookRunner.id(r), r.amount()));
		// amounts for recommendations the case did not price before are added too: the case pins what policy sets
		a.recommendations().stream().filter(r -> r.amount() != null).forEach(r -> amounts.putIfAbsent(CasebookRunner.id(r), r.amount()));
		if (!amounts.isEmpty()) {
			expect.put("amounts", amounts);
		}
		List<String> not = was.not().stream().filter(n -> n.contains("@") ? !recommended.contains(n)
				: a.recommendations().stream().noneMatch(r -> r.programme().equals(n))).toList();
		if (!not.isEmpty()) {
			expect.put("not", not);
		}
		putIfAny(expect, "undetermined", was.undetermined().isEmpty() ? List.of()
				: a.undetermined().stream().map(u -> Assessment.id(u.code(), u.member())).toList());
		putIfAny(expect, "nearMisses", was.nearMisses().isEmpty() ? List.of()
				: a.nearMisses().stream().map(n -> Assessment.id(n.programme(), n.member())).toList());
		putIfAny(expect, "setAside", was.setAside().isEmpty() ? List.of()
				: a.setAside().stream().map(s -> Assessment.id(s.programme(), s.member())).toList());
		String block = YAML.writeValueAsString(Map.of("expect", expect));
		String text = new String(yaml, StandardCharsets.UTF_8);
		Matcher start = EXPECT.matcher(text);
		if (!start.find()) {
			return (text + (text.endsWith("\n") ? "" : "\n") + block).getBytes(StandardCharsets.UTF_8);
		}
		Matcher next = NEXT_KEY.matcher(text);
		int end = next.find(start.end()) ? next.start() : text.length();
		return (text.substring(0, start.start()) + block + text.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	private static void putIfAny(Map<String, Object> expect, String key, List<String> values) {
		if (!values.isEmpty()) {
			expect.put(key, values);
		}
	}

}
