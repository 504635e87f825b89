package org.uniregion.partner;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
 * (digits and the capital letters without I, O, S, V, Z); characters 3–8 are the registering region's code
 * (digits), the 18th is a check character over the first 17 with the weights 3^i mod 31.
 */
final class CreditCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/** Upper-cases and trims; {@code null} or blank gives {@code null}. */
	static @Nullable String normalize(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return code.trim().toUpperCase(Locale.ROOT);
	}

	/** Whether {@code code} (already normalized) is a well-formed code with a correct check character. */
	static boolean isValid(String code) {
		if (code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return false;
			}
			if (i >= 2 && i < 8 && !Character.isDigit(c)) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/** The check character for the first 17 characters. */
	static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Need 17 characters, got " + first17.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = ALPHABET.indexOf(first17.charAt(i));
			if (v < 0) {
				throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
			}
			sum += v * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	/** The full code for 17 given characters. */
	static String complete(String first17) {
		return first17 + checkCharacter(first17);
	}

}
