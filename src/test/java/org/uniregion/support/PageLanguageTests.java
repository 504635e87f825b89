package org.uniregion.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTests {

	@Test
	void aChinesePageMayNameFormatsStandardsAndAddressesButNoEnglishWord() {
		assertThat(PageLanguage.foreignWords("zh-CN", "CSV（UTF-8 或 GBK/GB18030）或 XLSX，最大 10 MB", false)).isEmpty();
		assertThat(PageLanguage.foreignWords("zh-CN", "来源：github.com/ydli-ai/CSL（Apache-2.0 许可），联系 a.b@example.cn", false))
			.isEmpty();
		assertThat(PageLanguage.foreignWords("zh-CN", "G06F16/35 技术成熟度 TRL 9，共 {0} 条", false)).isEmpty();
		assertThat(PageLanguage.foreignWords("zh-CN", "状态：Draft", false)).containsExactly("Draft");
		assertThat(PageLanguage.foreignWords("zh-CN", "PATENT", false)).containsExactly("PATENT");
	}

	@Test
	void anAbbreviationGlossedByTheChineseBeforeItIsChinese() {
		assertThat(PageLanguage.foreignWords("zh-CN", "直接或分布数字控制（DNC）、柔性制造系统 （FMS）", false)).isEmpty();
		assertThat(PageLanguage.foreignWords("zh-CN", "（DNC）状态", false)).containsExactly("DNC");
		assertThat(PageLanguage.foreignWords("zh-CN", "状态（Draft）", false)).containsExactly("Draft");
		assertThat(PageLanguage.foreignWords("zh-CN", "状态：DNC", false)).containsExactly("DNC");
	}

	@Test
	void anEnglishPageHoldsNoChineseButTheExamplesOfItsHints() {
		assertThat(PageLanguage.foreignWords("en", "Type a name (e.g. 无锡 or Wuxi)", true)).isEmpty();
		assertThat(PageLanguage.foreignWords("en", "Region: 无锡", false)).containsExactly("无锡");
		assertThat(PageLanguage.foreignWords("en", "Status: 草稿", true)).containsExactly("草稿");
	}

	@Test
	void theExamplesOfTypedInputPassInHintsOnly() {
		assertThat(PageLanguage.foreignWords("zh-CN", "例如：锂电池 或 battery", true)).isEmpty();
		assertThat(PageLanguage.foreignWords("zh-CN", "地区：Wuxi", false)).containsExactly("Wuxi");
	}

}
