package org.siao.assessment.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the PDF's text read as the Thai that was written. The fonts' Unicode maps (what a viewer
 * uses to search, copy and read aloud) would name the private-use characters of
 * {@link ThaiMarks}; each is replaced by the real mark it draws.
 */
final class TextLayer {

	private TextLayer() {
	}

	static byte[] plain(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			boolean changed = false;
			for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
				if (object.getObject() instanceof COSDictionary font
						&& font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
					changed |= plain(map);
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return out.toByteArray();
		}
	}

	/** Rewrites one Unicode map when it names a form's character; true if it did. */
	private static boolean plain(COSStream stream) throws IOException {
		CMap cmap;
		try (InputStream in = stream.createInputStream()) {
			cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
		}
		Map<Integer, String> text = new TreeMap<>();
		boolean forms = false;
		for (int code = 0; code <= 0xFFFF; code++) {
			String unicode = cmap.toUnicode(code, 2);
			if (unicode != null) {
				String plain = ThaiMarks.plain(unicode);
				forms |= !plain.equals(unicode);
				text.put(code, plain);
			}
		}
		if (forms) {
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(write(text).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return forms;
	}

	/** A ToUnicode CMap (PDF 32000-1, 9.10.3) of two-byte codes, in blocks of at most 100 entries. */
	private static String write(Map<Integer, String> text) {
		StringBuilder s = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		var entries = text.entrySet().stream().toList();
		for (int start = 0; start < entries.size(); start += 100) {
			var block = entries.subList(start, Math.min(start + 100, entries.size()));
			s.append(block.size()).append(" beginbfchar\n");
			for (var e : block) {
				s.append(String.format("<%04X> <", e.getKey()));
				e.getValue().chars().forEach(c -> s.append(String.format("%04X", c)));
				s.append(">\n");
			}
			s.append("endbfchar\n");
		}
		return s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
	}

}
