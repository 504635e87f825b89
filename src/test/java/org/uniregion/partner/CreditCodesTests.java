package org.uniregion.partner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodesTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000802100433B", "91440300708461136T" })
	void acceptsRealCodes(String code) {
		assertThat(CreditCodes.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", // wrong check character
			"91110000802100433A", // wrong check character
			"91350100M000100Y4", // 17 characters
			"91350100M000100Y433", // 19 characters
			"91350100M000100I43", // I is not in the alphabet
			"91350100M000100O43", // O is not in the alphabet
			"9135A100M000100Y43", // region part must be digits
			"91350100m000100y43" // lower case is not normalized by isValid
	})
	void rejectsMalformedCodes(String code) {
		assertThat(CreditCodes.isValid(code)).isFalse();
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCodes.checkCharacter("91110000802100433")).isEqualTo('B');
		// sum ≡ 0 (mod 31) gives 31, which is written as 0
		assertThat(CreditCodes.checkCharacter("00000000000000000")).isEqualTo('0');
		String full = CreditCodes.complete("91320200MA1XYW123");
		assertThat(full).hasSize(18);
		assertThat(CreditCodes.isValid(full)).isTrue();
	}

	@Test
	void normalizesInput() {
		assertThat(CreditCodes.normalize("  91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCodes.normalize("  ")).isNull();
		assertThat(CreditCodes.normalize(null)).isNull();
	}

	@Test
	void refusesCharactersOutsideTheAlphabetWhenComputing() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCodes.checkCharacter("9135010OM000100Y4"));
	}

}
