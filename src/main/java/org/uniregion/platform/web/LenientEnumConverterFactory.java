package org.uniregion.platform.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Path variables and query parameters of an enum type accept the constant in any case, with {@code -} for
 * {@code _}: {@code /api/v1/imports/templates/results} as well as {@code RESULTS}, {@code status=in-force} as well
 * as {@code IN_FORCE}. Anything else is not converted (answered 400, naming the parameter and the allowed values).
 */
final class LenientEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
		Class<?> type = targetType;
		while (type != null && !type.isEnum()) {
			type = type.getSuperclass(); // a constant with a body is a subclass of its enum
		}
		Class<? extends Enum> enumType = (Class<? extends Enum>) type;
		return source -> (T) convert(enumType, source);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static @Nullable Enum<?> convert(Class<? extends Enum> type, String source) {
		String value = source.trim();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
		}
	}

}
