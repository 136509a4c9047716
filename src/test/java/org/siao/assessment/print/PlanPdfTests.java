package org.siao.assessment.print;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.siao.assessment.Assessment;
import org.siao.assessment.Assessor;
import org.siao.casebook.Case;
import org.siao.casebook.CasebookReader;
import org.siao.catalogue.Language;
import org.siao.survey.BuddhistEra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PlanPdfTests {

	private static final List<Case> CASES = CasebookReader.read(Path.of("casebook"));

	@Autowired
	PlanPdf planPdf;

	@Autowired
	Assessor assessor;

	@Test
	void theThaiPlanNamesTheHouseholdDateRulesAndEveryProgramme() throws IOException {
		Printed printed = print("elderly/grandmother-raising-grandchildren.yaml", Language.TH);
		Assessment a = printed.assessment;
		assertThat(a.recommendations()).isNotEmpty();
		assertThat(printed.text).contains("HH-40-0001", "แผนความช่วยเหลือของครัวเรือน", a.rulesVersion(),
				String.valueOf(BuddhistEra.toBuddhist(a.assessmentDate().getYear())), "เอกสารที่ต้องเตรียม");
		a.recommendations().forEach(r -> assertThat(flat(printed.text)).contains(flat(r.name())));
		assertThat(printed.fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("Sarabun"));
	}

	@Test
	void thaiTextReadsBackAsWrittenThoughItsMarksArePrintedInOtherForms() throws IOException {
		String text = print("elderly/grandmother-raising-grandchildren.yaml", Language.TH).text;
		// words whose tone marks sit over a vowel (ที่, ยื่น, สิทธิ์) are drawn with raised forms
		assertThat(text).contains("สวัสดิการที่ครัวเรือนมีสิทธิ์ยื่นขอ", "วันที่ประเมิน");
		assertThat(text.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF)).isEmpty();
	}

	@Test
	void theDocumentTitleIsPlainThaiAndAStrayControlCharacterDoesNotStopThePlan() throws IOException {
		Case c = CASES.stream().filter(x -> x.path().equals("elderly/grandmother-raising-grandchildren.yaml")).findFirst().orElseThrow();
		Assessment a = assessor.assess(c.survey(), Language.TH);
		byte[] pdf = planPdf.render(new PlanSheet("HH-40-\u0007-0001", a.assessmentDate(), a, Language.TH.locale()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("แผนความช่วยเหลือของครัวเรือน");
			assertThat(new PDFTextStripper().getText(document)).contains("HH-40--0001");
		}
	}

	@Test
	void theTotalsArePrintedWhenTheAssessmentHasThem() throws IOException {
		Case c = CASES.stream().filter(x -> x.path().equals("elderly/grandmother-raising-grandchildren.yaml")).findFirst().orElseThrow();
		Assessment a = assessor.assess(c.survey(), Language.TH);
		Assessment withTotals = new Assessment(a.rulesVersion(), a.assessmentDate(), a.language(), a.dimensions(),
				a.deficits(), a.recommendations(), a.setAside(), a.nearMisses(), a.undetermined(), a.nextQuestions(),
				new Assessment.Totals(new Assessment.Money(2700, 3100), new Assessment.Money(32400, 37200),
						new Assessment.Money(0, 0)));
		String text = text(planPdf.render(new PlanSheet("HH-40-0001", a.assessmentDate(), withTotals, Language.TH.locale())));
		assertThat(text).contains("ต่อเดือน 2,700–3,100 บาท", "ต่อปี 32,400–37,200 บาท").doesNotContain("ครั้งเดียว 0");
	}

	@Test
	void theEnglishPlanIsInEnglishWithTheSameBuddhistYear() throws IOException {
		Printed printed = print("elderly/grandmother-raising-grandchildren.yaml", Language.EN);
		Assessment a = printed.assessment;
		assertThat(printed.text).contains("Help plan for the household", "HH-40-0001", a.rulesVersion(),
				BuddhistEra.toBuddhist(a.assessmentDate().getYear()) + " BE", "Documents to bring")
			.doesNotContain("แผนความช่วยเหลือของครัวเรือน");
		a.recommendations().forEach(r -> assertThat(flat(printed.text)).contains(flat(r.name())));
	}

	@Test
	void everyDocumentIsOnTheChecklistOnce() throws IOException {
		Case most = CASES.stream()
			.max(Comparator.comparingInt((Case c) -> assessor.assess(c.survey(), Language.TH).recommendations().size()))
			.orElseThrow();
		Printed printed = print(most.path(), Language.TH);
		String checklist = flat(printed.text.substring(printed.text.lastIndexOf("เอกสารที่ต้องเตรียม")));
		Set<String> documents = new HashSet<>();
		printed.assessment.recommendations().forEach(r -> documents.addAll(r.documents()));
		assertThat(documents).hasSizeGreaterThan(1);
		documents.forEach(d -> assertThat(count(checklist, flat(d) + "ใช้กับ")).as(d).isEqualTo(1));
	}

	@Test
	void theQuestionsStillOpenAreListed() throws IOException {
		Case open = CASES.stream().filter(c -> !assessor.assess(c.survey(), Language.EN).nextQuestions().isEmpty())
			.findFirst().orElseThrow(() -> new AssertionError("no casebook household leaves a question open"));
		Printed printed = print(open.path(), Language.EN);
		assertThat(printed.text).contains("Still to settle");
		printed.assessment.nextQuestions().forEach(q -> assertThat(flat(printed.text)).contains(flat(q.question())));
	}

	@Test
	void aLongThaiSentenceWrapsBetweenWords() throws IOException {
		String sentence = "ผู้สูงอายุที่มีสัญชาติไทยและมีภูมิลำเนาอยู่ในเขตองค์กรปกครองส่วนท้องถิ่นตามทะเบียนบ้าน"
				+ "ซึ่งไม่ได้รับสวัสดิการหรือสิทธิประโยชน์อื่นใดจากหน่วยงานของรัฐมีสิทธิได้รับเบี้ยยังชีพเป็นรายเดือน"
				+ "โดยยื่นคำขอลงทะเบียนด้วยตนเองหรือมอบอำนาจให้ผู้อื่นยื่นแทนได้ที่สำนักงานเทศบาลหรือองค์การบริหารส่วนตำบล";
		Assessment.Recommendation r = new Assessment.Recommendation(1, "P", "เบี้ยยังชีพผู้สูงอายุ", "WELFARE", "อบต.", "m1",
				700L, 700L, "MONTH", "เดือนละ 700 บาท", sentence, null, null, List.of("บัตรประจำตัวประชาชน"), List.of(),
				List.of(), List.of(), "source", "CONFIRMED", false, null, null);
		Assessment a = new Assessment("v1", LocalDate.of(2024, 6, 15), "th", List.of(), List.of(), List.of(r),
				List.of(), List.of(), List.of(), List.of(), null);
		String text = text(planPdf.render(new PlanSheet("HH-1", a.assessmentDate(), a, Language.TH.locale())));
		int start = text.indexOf(sentence.substring(0, 20));
		List<String> lines = text.substring(start).lines().toList();
		StringBuilder joined = new StringBuilder();
		List<Integer> breaks = new ArrayList<>();
		for (String line : lines) {
			joined.append(line.strip());
			if (joined.length() >= sentence.length()) {
				break;
			}
			breaks.add(joined.length());
		}
		assertThat(joined.toString()).startsWith(sentence);
		assertThat(breaks).as("the sentence is longer than a line").isNotEmpty();
		BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
		words.setText(sentence);
		breaks.forEach(b -> assertThat(words.isBoundary(b)).as("line breaks at %d: ...%s|%s...", b,
				sentence.substring(b - 6, b), sentence.substring(b, b + 6)).isTrue());
	}

	private Printed print(String path, Language language) throws IOException {
		Case c = CASES.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
		Assessment a = assessor.assess(c.survey(), language);
		byte[] pdf = planPdf.render(new PlanSheet("HH-40-0001", a.assessmentDate(), a, language.locale()));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Set<String> fonts = new HashSet<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name).getName());
				}
			}
			return new Printed(a, new PDFTextStripper().getText(document), fonts);
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Text without spaces or line breaks: the PDF breaks lines where the page ends. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private record Printed(Assessment assessment, String text, Set<String> fonts) {
	}

}
