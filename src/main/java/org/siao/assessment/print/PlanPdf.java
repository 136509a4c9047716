package org.siao.assessment.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The plan to leave with the family, as a PDF: the Thymeleaf template {@code print/plan} written
 * as XHTML, laid out by openhtmltopdf in the bundled Sarabun font, so Thai prints the same on
 * every machine whatever fonts it has. The renderer does not shape Thai, so three things stand in:
 * {@link ThaiMarks} picks each mark's printed form, {@link ThaiLineBreaker} breaks lines between
 * words, and {@link TextLayer} keeps the PDF's text the Thai that was written. One instance serves
 * concurrent requests: each render has its own builder.
 */
public class PlanPdf {

	static final String FONT_FAMILY = "Sarabun";

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final byte[] regular;

	private final byte[] bold;

	public PlanPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
		this.regular = PrintFont.load("static/fonts/Sarabun-Regular.ttf");
		this.bold = PrintFont.load("static/fonts/Sarabun-Bold.ttf");
	}

	public byte[] render(PlanSheet sheet) {
		Context context = new Context(sheet.locale());
		context.setVariable("plan", PlanView.of(sheet, messages));
		String xhtml = printable(templates.process("print/plan", context));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useUnicodeLineBreaker(new ThaiLineBreaker());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return TextLayer.plain(pdf.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The plan could not be written as a PDF", e);
		}
	}

	/**
	 * The page's text with the marks in their print forms; the head (the PDF's title) stays plain.
	 * Control characters, which XML forbids, are dropped rather than failing the whole plan.
	 */
	private static String printable(String xhtml) {
		String clean = CONTROL.matcher(xhtml).replaceAll("");
		int body = clean.indexOf("<body");
		return body < 0 ? ThaiMarks.shape(clean) : clean.substring(0, body) + ThaiMarks.shape(clean.substring(body));
	}

}
