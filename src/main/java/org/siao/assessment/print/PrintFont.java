package org.siao.assessment.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A bundled font made ready for print: the same file with its character map extended so each of
 * {@link ThaiMarks#FORMS} is reached by its private-use character. Everything else (outlines,
 * metrics, names) is copied byte for byte; only the {@code cmap} table is written anew.
 */
final class PrintFont {

	private PrintFont() {
	}

	static byte[] load(String resource) {
		try (InputStream in = PrintFont.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The font " + resource + " is missing from the classpath");
			}
			return withForms(in.readAllBytes(), resource);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The font " + resource + " cannot be read", e);
		}
	}

	static byte[] withForms(byte[] original, String name) throws IOException {
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
			TreeMap<Integer, Integer> glyphs = characterMap(font);
			for (int i = 0; i < ThaiMarks.FORMS.size(); i++) {
				int glyph = font.nameToGID(ThaiMarks.FORMS.get(i));
				if (glyph <= 0) {
					throw new IllegalStateException("The font " + name + " has no glyph " + ThaiMarks.FORMS.get(i));
				}
				glyphs.put(ThaiMarks.FIRST + i, glyph);
			}
			Map<String, byte[]> tables = new TreeMap<>();
			for (TTFTable table : font.getTables()) {
				tables.put(table.getTag(), font.getTableBytes(table));
			}
			tables.put("cmap", cmap(glyphs));
			return file(tables);
		}
	}

	/** Every character the font maps, to its glyph. */
	private static TreeMap<Integer, Integer> characterMap(TrueTypeFont font) throws IOException {
		CmapLookup lookup = font.getUnicodeCmapLookup();
		TreeMap<Integer, Integer> glyphs = new TreeMap<>();
		for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
			List<Integer> codes = lookup.getCharCodes(glyph);
			if (codes != null) {
				for (int code : codes) {
					glyphs.put(code, glyph);
				}
			}
		}
		return glyphs;
	}

	/** A cmap with one format-12 subtable (runs of characters to runs of glyphs), for both Unicode platforms. */
	private static byte[] cmap(TreeMap<Integer, Integer> glyphs) {
		List<int[]> groups = new ArrayList<>();
		for (Map.Entry<Integer, Integer> e : glyphs.entrySet()) {
			int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && e.getKey() == last[1] + 1 && e.getValue() == last[2] + (last[1] - last[0]) + 1) {
				last[1] = e.getKey();
			}
			else {
				groups.add(new int[] { e.getKey(), e.getKey(), e.getValue() });
			}
		}
		int subtableLength = 16 + 12 * groups.size();
		ByteBuffer b = ByteBuffer.allocate(4 + 8 * 2 + subtableLength);
		b.putShort((short) 0).putShort((short) 2);
		b.putShort((short) 0).putShort((short) 4).putInt(20);
		b.putShort((short) 3).putShort((short) 10).putInt(20);
		b.putShort((short) 12).putShort((short) 0).putInt(subtableLength).putInt(0).putInt(groups.size());
		for (int[] g : groups) {
			b.putInt(g[0]).putInt(g[1]).putInt(g[2]);
		}
		return b.array();
	}

	/** The font file: the table directory, then each table on a four-byte boundary. */
	private static byte[] file(Map<String, byte[]> tables) {
		int count = tables.size();
		int power = Integer.highestOneBit(count);
		ByteBuffer head = ByteBuffer.allocate(12 + 16 * count);
		head.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
			.putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int offset = head.capacity();
		for (Map.Entry<String, byte[]> table : tables.entrySet()) {
			byte[] bytes = table.getValue();
			head.put(table.getKey().getBytes(StandardCharsets.US_ASCII)).putInt((int) checksum(bytes)).putInt(offset)
				.putInt(bytes.length);
			int padded = (bytes.length + 3) & ~3;
			body.write(bytes, 0, bytes.length);
			body.write(new byte[padded - bytes.length], 0, padded - bytes.length);
			offset += padded;
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream(offset);
		file.write(head.array(), 0, head.capacity());
		file.write(body.toByteArray(), 0, body.size());
		return file.toByteArray();
	}

	private static long checksum(byte[] bytes) {
		long sum = 0;
		for (int i = 0; i < bytes.length; i += 4) {
			long word = 0;
			for (int j = 0; j < 4; j++) {
				word = (word << 8) | (i + j < bytes.length ? bytes[i + j] & 0xFF : 0);
			}
			sum = (sum + word) & 0xFFFFFFFFL;
		}
		return sum;
	}

}
