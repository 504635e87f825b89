package org.uniregion.result;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uniregion.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the research result aggregate: its visibility lifecycle and what it accepts as content. */
class ResearchResultTests {

	static ResearchResult.Content content(String title, String abstractText, List<String> keywords, Integer trl) {
		return new ResearchResult.Content(ResultType.PATENT, title, abstractText, keywords, "计算机科学",
				List.of("G06F16/35"), List.of("6513"), trl, IpStatus.GRANTED, List.of("CN1"), List.of("张三"), null, null,
				EnumSet.of(TransferMode.LICENSE), null, null, "zh");
	}

	static ResearchResult publishable() {
		return new ResearchResult(content("语义检索", "摘要", List.of("检索"), 5), 7L, "researcher", false);
	}

	@Test
	void aNewResultIsADraftOwnedByItsResearcher() {
		ResearchResult r = publishable();
		assertThat(r.getVisibility()).isEqualTo(Visibility.DRAFT);
		assertThat(r.scopeOwnerId()).isEqualTo(7L);
		assertThat(r.scopeVisibility()).isEqualTo("DRAFT");
		assertThat(r.scopeRegionCode()).isNull();
	}

	@Test
	void followsTheLifecycleAndAnnouncesPublishingAndWithdrawal() {
		ResearchResult r = publishable();
		assertThat(r.moveTo(Visibility.INTERNAL)).isNull();
		assertThat(r.moveTo(Visibility.PUBLISHED)).isInstanceOf(ResultPublished.class);
		Object withdrawn = r.moveTo(Visibility.WITHDRAWN);
		assertThat(withdrawn).isInstanceOf(ResultWithdrawn.class);
		assertThat(((ResultWithdrawn) withdrawn).from()).isEqualTo(Visibility.PUBLISHED);
		assertThat(r.moveTo(Visibility.DRAFT)).isNull();
		assertThat(r.getVisibility()).isEqualTo(Visibility.DRAFT);
	}

	@Test
	void forbiddenMovesAreRefused() {
		ResearchResult r = publishable();
		assertThatThrownBy(() -> r.moveTo(Visibility.WITHDRAWN)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("code", "result.visibility.invalid");
		assertThatThrownBy(() -> r.moveTo(Visibility.DRAFT)).isInstanceOf(BusinessRuleException.class);
		r.moveTo(Visibility.PUBLISHED);
		assertThatThrownBy(() -> r.moveTo(Visibility.DRAFT)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> r.moveTo(Visibility.INTERNAL)).isInstanceOf(BusinessRuleException.class);
		assertThat(r.getVisibility()).isEqualTo(Visibility.PUBLISHED);
	}

	@Test
	void everyVisibilityHasItsMoves() {
		assertThat(Visibility.DRAFT.next()).containsExactlyInAnyOrder(Visibility.INTERNAL, Visibility.PUBLISHED);
		assertThat(Visibility.INTERNAL.next()).containsExactlyInAnyOrder(Visibility.DRAFT, Visibility.PUBLISHED, Visibility.WITHDRAWN);
		assertThat(Visibility.PUBLISHED.next()).containsExactly(Visibility.WITHDRAWN);
		assertThat(Visibility.WITHDRAWN.next()).containsExactly(Visibility.DRAFT);
	}

	@Test
	void publishingNeedsAbstractKeywordAndTrl() {
		ResearchResult noAbstract = new ResearchResult(content("标题", null, List.of("k"), 5), 1L, "r", false);
		assertThatThrownBy(() -> noAbstract.moveTo(Visibility.PUBLISHED)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "abstractText");
		ResearchResult noKeyword = new ResearchResult(content("标题", "摘要", List.of(), 5), 1L, "r", false);
		assertThatThrownBy(() -> noKeyword.moveTo(Visibility.PUBLISHED)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "keywords");
		ResearchResult noTrl = new ResearchResult(content("标题", "摘要", List.of("k"), null), 1L, "r", false);
		assertThatThrownBy(() -> noTrl.moveTo(Visibility.PUBLISHED)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "trl");
		assertThat(noTrl.getVisibility()).isEqualTo(Visibility.DRAFT);
		// Internal sharing needs none of it.
		noTrl.moveTo(Visibility.INTERNAL);
		assertThat(noTrl.getVisibility()).isEqualTo(Visibility.INTERNAL);
	}

	@Test
	void aPublishedResultStaysPublishable() {
		ResearchResult r = publishable();
		r.moveTo(Visibility.PUBLISHED);
		assertThatThrownBy(() -> r.change(content("语义检索", "摘要", List.of(), 5))).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", "keywords");
		assertThat(r.content().keywords()).containsExactly("检索");
	}

	@Test
	void contentIsChecked() {
		ResearchResult r = publishable();
		assertThatThrownBy(() -> r.change(content(" ", "摘要", List.of("k"), 5))).hasFieldOrPropertyWithValue("field", "title");
		assertThatThrownBy(() -> r.change(content("t", "摘要", List.of("k"), 10))).hasFieldOrPropertyWithValue("field", "trl");
		assertThatThrownBy(() -> r.change(content("t", "摘要", List.of("k"), 0))).hasFieldOrPropertyWithValue("field", "trl");
		ResearchResult.Content c = content("t", "摘要", List.of("k"), 5);
		ResearchResult.Content negative = new ResearchResult.Content(c.type(), c.title(), c.abstractText(), c.keywords(),
				c.discipline(), c.ipcClasses(), c.industries(), c.trl(), c.ipStatus(), c.ipNumbers(), c.researchers(),
				c.lab(), c.department(), c.transferModes(), c.askingTerms(), new BigDecimal("-1"), c.language());
		assertThatThrownBy(() -> r.change(negative)).hasFieldOrPropertyWithValue("field", "askingAmount");
		ResearchResult.Content klingon = new ResearchResult.Content(c.type(), c.title(), c.abstractText(), c.keywords(),
				c.discipline(), c.ipcClasses(), c.industries(), c.trl(), c.ipStatus(), c.ipNumbers(), c.researchers(),
				c.lab(), c.department(), c.transferModes(), c.askingTerms(), null, "tlh");
		assertThatThrownBy(() -> r.change(klingon)).hasFieldOrPropertyWithValue("field", "language");
	}

	@Test
	void listsAreSplitTrimmedAndWithoutRepeats() {
		assertThat(ResultService.items(List.of("语义检索，中文分词; 向量检索", " a , ,b", "a"))).containsExactly("语义检索",
				"中文分词", "向量检索", "a", "b");
		assertThat(ResultService.items(null)).isEmpty();
		assertThat(ResultService.normalizeIpc("g06f 16/35")).isEqualTo("G06F16/35");
	}

}
