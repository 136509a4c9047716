package org.siao.households;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.siao.survey.Survey;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey as stored: its JSON without the unanswered (null) fields, gzip-compressed. A household
 * of four takes a few hundred bytes.
 */
final class SurveyCodec {

	private final JsonMapper json;

	SurveyCodec(JsonMapper json) {
		this.json = json.rebuild()
			.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/**
	 * One compressor per thread, reset for each survey: a new one per survey (as
	 * {@link GZIPOutputStream} makes) allocates and clears zlib's buffers every time, which an
	 * import of a million surveys would feel.
	 */
	private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal
		.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

	/** The gzip header (RFC 1952): magic, deflate, no flags, no time, no extra flags, unknown OS. */
	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** The survey as gzip, readable by any gzip reader ({@link GZIPInputStream} in {@link #read}). */
	byte[] write(Survey survey) {
		byte[] plain = json.writeValueAsBytes(survey);
		Deflater deflater = DEFLATERS.get();
		deflater.reset();
		deflater.setInput(plain);
		deflater.finish();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 3 + 32);
		bytes.writeBytes(HEADER);
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			bytes.write(buffer, 0, deflater.deflate(buffer));
		}
		CRC32 crc = new CRC32();
		crc.update(plain);
		writeInt(bytes, (int) crc.getValue());
		writeInt(bytes, plain.length);
		return bytes.toByteArray();
	}

	/** Little-endian, as gzip's trailer has it. */
	private static void writeInt(ByteArrayOutputStream out, int value) {
		out.write(value);
		out.write(value >>> 8);
		out.write(value >>> 16);
		out.write(value >>> 24);
	}

	Survey read(byte[] stored) {
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
			return json.readValue(zip, Survey.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
