package org.siao.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as written, or refused: a yes/no is {@code true} or {@code false}, a
 * number is a JSON number (a whole one where a whole one is asked), a date is YYYY-MM-DD, every key
 * appears once and is one Siao knows. Guessing ({@code 2} read as yes, {@code "48000"} as a number,
 * {@code 48000.9} cut to 48000, the last of two keys kept) would change a household's result
 * without anyone seeing it. Bodies are JSON only: the YAML reader Spring would add by itself is left
 * out, so no second, laxer way in exists.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictReading() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
					DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
					DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
					MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfigDefaults(c -> c.setAcceptBlankAsEmpty(false)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.String))
			.withCoercionConfig(LogicalType.Integer, c -> refuse(c, CoercionInputShape.Float, CoercionInputShape.String,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, c -> refuse(c, CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Enum, c -> refuse(c, CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.addModule(new SimpleModule("siao-strict-values").addDeserializer(LocalDate.class, new IsoDate())
				.setDeserializerModifier(new ValueDeserializerModifier() {
					@Override
					public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
							BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
						return new ExactEnum(type.getRawClass(), deserializer);
					}
				}));
	}

	/** JSON in and out; nothing else reads a body (Spring would otherwise read YAML with its own, lax mapper). */
	@Bean
	ServerHttpMessageConvertersCustomizer jsonOnlyBodies() {
		return builder -> builder.configureMessageConvertersList(converters -> converters.removeIf(
				converter -> converter.getSupportedMediaTypes().stream().anyMatch(StrictJsonConfiguration::otherFormat)));
	}

	private static boolean otherFormat(MediaType type) {
		String subtype = type.getSubtype();
		return subtype.contains("yaml") || subtype.contains("xml") || subtype.contains("cbor") || subtype.contains("smile");
	}

	private static void refuse(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	/** A choice is one of its names exactly: the default reader trims spaces and control characters first. */
	static final class ExactEnum extends DelegatingDeserializer {

		private final Class<?> type;

		ExactEnum(Class<?> type, ValueDeserializer<?> delegate) {
			super(delegate);
			this.type = type;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new ExactEnum(type, delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				String text = parser.getString();
				boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
				if (!known) {
					return context.handleWeirdStringValue(type, text, "not one of the names");
				}
			}
			return super.deserialize(parser, context);
		}

	}

	/**
	 * A date is a string of exactly YYYY-MM-DD and a real day. The default reader also takes arrays,
	 * day numbers and years of nine digits ({@code -999999999-01-01}), which only lead to overflow.
	 */
	static final class IsoDate extends StdScalarDeserializer<LocalDate> {

		private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		IsoDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			if (SHAPE.matcher(text).matches()) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException e) {
					// falls through: not a day of the calendar
				}
			}
			return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
		}

	}

}
