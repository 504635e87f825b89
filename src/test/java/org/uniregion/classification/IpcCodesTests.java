package org.uniregion.classification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.uniregion.classification.IpcView.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** IPC codes: normal form, level and parent read off the code, and what the loader leaves out. */
class IpcCodesTests {

	@Test
	void normalizesCaseAndBlanks() {
		assertThat(IpcCodes.normalize("g06f 16/35")).isEqualTo("G06F16/35");
		assertThat(IpcCodes.normalize(" a01b\u300013 / 02 ")).isEqualTo("A01B13/02");
		assertThat(IpcCodes.isWellFormed("G06F16/35")).isTrue();
		assertThat(IpcCodes.isWellFormed("E01D101/0")).isFalse();
		assertThat(IpcCodes.isWellFormed("I01")).isFalse();
		assertThat(IpcCodes.isWellFormed("G06F16")).isFalse();
	}

	@Test
	void levelsFollowTheShapeOfTheCode() {
		assertThat(IpcCodes.levelOf("G")).isEqualTo(Level.SECTION);
		assertThat(IpcCodes.levelOf("G06")).isEqualTo(Level.CLASS);
		assertThat(IpcCodes.levelOf("G06F")).isEqualTo(Level.SUBCLASS);
		assertThat(IpcCodes.levelOf("G06F16/00")).isEqualTo(Level.MAIN_GROUP);
		assertThat(IpcCodes.levelOf("G06F16/35")).isEqualTo(Level.SUBGROUP);
		assertThat(IpcCodes.levelOf("A61K2300/00")).isEqualTo(Level.MAIN_GROUP);
	}

	@Test
	void derivesTheParentFromTheCode() {
		assertThat(IpcCodes.derivedParent("G06F16/35")).isEqualTo("G06F16/00");
		assertThat(IpcCodes.derivedParent("G06F16/3575")).isEqualTo("G06F16/00");
		assertThat(IpcCodes.derivedParent("G06F16/00")).isEqualTo("G06F");
		assertThat(IpcCodes.derivedParent("G06F")).isEqualTo("G06");
		assertThat(IpcCodes.derivedParent("G06")).isEqualTo("G");
		assertThat(IpcCodes.derivedParent("G")).isNull();
	}

	@Test
	void aMissingParentGivesWayToTheNearestKnownAncestor() {
		assertThat(IpcCodes.parentAmong("G06F16/35", Set.of("G", "G06", "G06F", "G06F16/00"))).isEqualTo("G06F16/00");
		assertThat(IpcCodes.parentAmong("G06F16/35", Set.of("G", "G06"))).isEqualTo("G06");
		assertThat(IpcCodes.parentAmong("G06F16/00", Set.of("G"))).isEqualTo("G");
		assertThat(IpcCodes.parentAmong("G", Set.of("G"))).isNull();
	}

	@Test
	void leavesOutLinesWithoutCodeMalformedCodesAndRepeats() throws Exception {
		String jsonl = """
				{"code": "G06F16/35", "level": "subgroup", "title": "聚类；分类"}
				{"code": "G", "level": "section", "title": "物理"}
				{"code": null, "level": "main_group", "title": null}
				{"code": "E01D101/2", "level": "subgroup", "title": "2"}
				{"code": "G06F16/00", "level": "main_group", "title": "信息检索"}
				{"code": "g06f 16/35", "level": "subgroup", "title": "重复"}
				""";
		IpcCodes.Loaded loaded = IpcCodes.read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
		assertThat(loaded.lines()).isEqualTo(6);
		assertThat(loaded.withoutCode()).isEqualTo(1);
		assertThat(loaded.malformed()).isEqualTo(1);
		assertThat(loaded.duplicates()).isEqualTo(1);
		assertThat(loaded.entries()).extracting(IpcCodes.Entry::code).containsExactly("G", "G06F16/00", "G06F16/35");
		assertThat(loaded.entries().get(1).parentCode()).isEqualTo("G");
		assertThat(loaded.entries().get(2).parentCode()).isEqualTo("G06F16/00");
		assertThat(loaded.entries().get(2).title()).isEqualTo("聚类；分类");
	}

	@Test
	void theShippedListIsReadAsDocumentedInTheNotice() {
		IpcCodes.Loaded loaded = IpcCodes.shipped();
		assertThat(loaded.lines()).isEqualTo(77_401);
		assertThat(loaded.withoutCode()).isEqualTo(9);
		assertThat(loaded.malformed()).isEqualTo(11);
		assertThat(loaded.duplicates()).isEqualTo(146);
		assertThat(loaded.entries()).hasSize(77_235);
	}

	@Test
	void industryCodesAreTrimmedAndSectionsUpperCase() {
		assertThat(IndustryCodes.normalize(" c ")).isEqualTo("C");
		assertThat(IndustryCodes.normalize("2614 ")).isEqualTo("2614");
		assertThat(IndustryCodes.isWellFormed("C")).isTrue();
		assertThat(IndustryCodes.isWellFormed("U")).isFalse();
		assertThat(IndustryCodes.isWellFormed("26145")).isFalse();
		assertThat(IndustryCodes.levelOf("C")).isEqualTo(1);
		assertThat(IndustryCodes.levelOf("261")).isEqualTo(3);
		assertThat(IndustryCodes.shipped()).hasSize(1_971);
	}

}
