package org.siao.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.siao.survey.FieldNames;
import org.siao.survey.SurveyWords;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says which field of a body that could not be read is wrong, and what it should be, in words: never
 * the reader's own message, which names Java types ("Cannot deserialize value of type ...").
 */
final class UnreadableBody {

	/** Field names that carry a person's name or an ID number: Siao takes neither. */
	private static final Pattern PERSONAL = Pattern.compile(
			"(?i).*(name|national|citizen|idcard|id_?card|id_?no|idnumber|id_?number|passport|pid|phone|address|email).*");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,100})\"");

	private UnreadableBody() {
	}

	static Problems.FieldError describe(HttpMessageNotReadableException e, Locale locale) {
		SurveyWords words = SurveyWords.of(locale);
		JacksonException json = jacksonCause(e);
		if (json == null) {
			return error("", words, e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
					? words.text("json.empty") : words.text("json.unreadable"));
		}
		String path = path(json);
		if (json instanceof UnrecognizedPropertyException unknown) {
			String name = unknown.getPropertyName();
			if (PERSONAL.matcher(name).matches()) {
				return error(path, words, words.text("json.personal", name));
			}
			String known = unknown.getKnownPropertyIds() == null ? ""
					: unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
			return error(path, words, words.text("json.unknownField", name, known));
		}
		if (json instanceof InvalidNullException) {
			return error(path, words, words.text("json.null"));
		}
		if (json instanceof MismatchedInputException mismatch) {
			return error(path, words, expected(mismatch.getTargetType(), words));
		}
		if (json instanceof InputCoercionException) {
			return error(path.isEmpty() ? contextPath(json) : path, words, words.text("json.tooLarge"));
		}
		if (json instanceof StreamReadException && json.getOriginalMessage() != null
				&& json.getOriginalMessage().startsWith("Duplicate")) {
			return error(duplicatePath(json, path), words, words.text("json.duplicate"));
		}
		if (json instanceof StreamReadException) {
			TokenStreamLocation where = json.getLocation();
			return error("", words, words.text("json.syntax", where == null ? "?" : where.getLineNr(),
					where == null ? "?" : where.getColumnNr()));
		}
		return error(path, words, words.text("json.unreadable"));
	}

	private static Problems.FieldError error(String path, SurveyWords words, String message) {
		return new Problems.FieldError(path, new FieldNames(words).label(path, null), message);
	}

	/** What a value of that type looks like in JSON. */
	static String expected(Class<?> type, SurveyWords words) {
		if (type == null) {
			return words.text("json.unreadable");
		}
		if (type == Boolean.class || type == boolean.class) {
			return words.text("json.boolean");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return words.text("json.integer");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
			return words.text("json.number");
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return words.text("json.text");
		}
		if (type == LocalDate.class) {
			return words.text("json.date");
		}
		if (type.isEnum()) {
			return words.text("json.choice",
					Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return words.text("json.list");
		}
		if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
			return words.text("json.object");
		}
		return words.text("json.unreadable");
	}

	private static JacksonException jacksonCause(Throwable e) {
		for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

	/** {@code members[2].grade} from the reader's path. */
	static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Where the parser was when it stopped (a parse error carries no databind path). */
	private static String contextPath(JacksonException e) {
		if (!(e.processor() instanceof JsonParser parser)) {
			return "";
		}
		return contextPath(parser.streamReadContext());
	}

	private static String contextPath(TokenStreamContext context) {
		if (context == null || context.inRoot()) {
			return "";
		}
		String parent = contextPath(context.getParent());
		if (context.inArray()) {
			return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
		}
		String name = context.currentName();
		return name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
	}

	/** The duplicated key's path: the path of its object (where the reader stopped) and the key the message names. */
	private static String duplicatePath(JacksonException e, String path) {
		String object = path.isEmpty() ? contextPath(e) : path;
		Matcher key = QUOTED.matcher(e.getOriginalMessage());
		if (!key.find()) {
			return object;
		}
		String name = key.group(1);
		// the reader's path sometimes already ends at the key, sometimes at its object
		if (object.equals(name) || object.endsWith("." + name)) {
			return object;
		}
		return object.isEmpty() ? name : object + "." + name;
	}

}
