package org.siao.assessment.print;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiMarksTests {

	@Test
	void aToneMarkOverAnUpperVowelIsRaised() {
		assertThat(ThaiMarks.shape("ที่")).isEqualTo("ที" + form("uni0E48.small"));
		assertThat(ThaiMarks.shape("เบี้ย")).isEqualTo("เบี" + form("uni0E49.small") + "ย");
		assertThat(ThaiMarks.shape("สิทธิ์")).isEqualTo("สิทธิ" + form("uni0E4C.small"));
	}

	@Test
	void aToneMarkBeforeSaraAmIsRaisedAndOneOnABareConsonantStays() {
		assertThat(ThaiMarks.shape("ต่ำ")).isEqualTo("ต" + form("uni0E48.small") + "ำ");
		assertThat(ThaiMarks.shape("ช่วย")).isEqualTo("ช่วย");
		assertThat(ThaiMarks.shape("Khon Kaen 40")).isEqualTo("Khon Kaen 40");
	}

	@Test
	void marksOnTallConsonantsMoveLeftAndVowelsUnderTailsDrop() {
		assertThat(ThaiMarks.shape("ปี")).isEqualTo("ป" + form("uni0E35.narrow"));
		assertThat(ThaiMarks.shape("ป่า")).isEqualTo("ป" + form("uni0E48.narrow") + "า");
		assertThat(ThaiMarks.shape("ปี่")).isEqualTo("ป" + form("uni0E35.narrow") + form("uni0E48.small"));
		assertThat(ThaiMarks.shape("ฎุ")).isEqualTo("ฎ" + form("uni0E38.small"));
		assertThat(ThaiMarks.shape("ทุ")).isEqualTo("ทุ");
	}

	@Test
	void theShapedTextReadsBackAsTheOriginal() {
		String text = "เบี้ยยังชีพผู้สูงอายุ ปี่ ต่ำ สิทธิ์ ฎุ ป่า ปั้น ที่ Khon Kaen";
		String shaped = ThaiMarks.shape(text);
		assertThat(shaped).hasSameSizeAs(text).isNotEqualTo(text);
		assertThat(ThaiMarks.plain(shaped)).isEqualTo(text);
	}

	@Test
	void thePrintFontReachesEveryFormAndKeepsEveryCharacterItHad() throws IOException {
		for (String resource : new String[] { "static/fonts/Sarabun-Regular.ttf", "static/fonts/Sarabun-Bold.ttf" }) {
			byte[] original;
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
				original = in.readAllBytes();
			}
			try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
					TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(PrintFont.load(resource)))) {
				CmapLookup was = before.getUnicodeCmapLookup();
				CmapLookup is = after.getUnicodeCmapLookup();
				for (int c = 0; c <= 0xFFFF; c++) {
					if (c < ThaiMarks.FIRST || c >= ThaiMarks.FIRST + ThaiMarks.FORMS.size()) {
						assertThat(is.getGlyphId(c)).as("U+%04X", c).isEqualTo(was.getGlyphId(c));
					}
				}
				for (int i = 0; i < ThaiMarks.FORMS.size(); i++) {
					assertThat(is.getGlyphId(ThaiMarks.FIRST + i)).isEqualTo(after.nameToGID(ThaiMarks.FORMS.get(i)))
						.isPositive();
				}
				assertThat(after.getName()).isEqualTo(before.getName());
				assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
			}
		}
	}

	private static String form(String name) {
		return String.valueOf((char) (ThaiMarks.FIRST + ThaiMarks.FORMS.indexOf(name)));
	}

}
