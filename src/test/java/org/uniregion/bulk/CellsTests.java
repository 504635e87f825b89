package org.uniregion.bulk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uniregion.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTests {

	@Test
	void formulaCellsArePrefixedWithAQuote() {
		assertThat(Cells.escape("=1+2")).isEqualTo("'=1+2");
		assertThat(Cells.escape("+86")).isEqualTo("'+86");
		assertThat(Cells.escape("-5")).isEqualTo("'-5");
		assertThat(Cells.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Cells.escape("\tx")).isEqualTo("'\tx");
		assertThat(Cells.escape("\rx")).isEqualTo("'\rx");
		assertThat(Cells.escape("普通 text")).isEqualTo("普通 text");
		assertThat(Cells.escape("")).isEmpty();
	}

	@Test
	void csvStartsWithABom() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Cells.csv(List.of("title"), List.of(List.of("标题"), List.of("=cmd")), out);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFtitle").contains("标题").contains("'=cmd");
	}

	@Test
	void encodingIsDetected() {
		byte[] gbk = "标题,内容\n".getBytes(Charset.forName("GBK"));
		assertThat(TabularReader.charset(gbk, null).name()).isEqualTo("GB18030");
		assertThat(TabularReader.charset("标题".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(TabularReader.charset(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' }, null))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(TabularReader.charset(gbk, "GBK").name()).isEqualTo("GBK");
		assertThatThrownBy(() -> TabularReader.charset(gbk, "nope")).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void csvIsParsedWithChineseHeadersAndBlankRowsSkipped() {
		byte[] bytes = "\uFEFF类型,标题\nPATENT,一\n,\nKNOW_HOW,\"二,三\"\n".getBytes(StandardCharsets.UTF_8);
		Table t = TabularReader.read(bytes, null);
		assertThat(t.header()).containsExactly("类型", "标题");
		assertThat(t.rows()).hasSize(2);
		assertThat(t.rows().get(1).number()).isEqualTo(4);
		assertThat(t.rows().get(1).cell(1)).isEqualTo("二,三");
		List<String> missing = new java.util.ArrayList<>();
		var positions = Columns.positions(ImportKind.RESULTS, t.header(), missing);
		assertThat(missing).isEmpty();
		assertThat(positions).containsEntry("title", 1);
	}

	@Test
	void binaryContentIsAnUnknownFormat() {
		assertThatThrownBy(() -> TabularReader.read(new byte[] { 1, 0, 2, 0 }, null)).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("bulk.file.unknownFormat");
	}

}
