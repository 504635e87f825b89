package org.uniregion.partner;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.uniregion.partner.ContentSniffer.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTests {

	@Test
	void recognizesTheAcceptedKindsByContent() {
		assertThat(ContentSniffer.detect(PartnerFixtures.pdf())).isEqualTo(Kind.PDF);
		assertThat(ContentSniffer.detect(PartnerFixtures.png())).isEqualTo(Kind.PNG);
		assertThat(ContentSniffer.detect(PartnerFixtures.jpeg())).isEqualTo(Kind.JPEG);
		assertThat(ContentSniffer.detect(PartnerFixtures.docx())).isEqualTo(Kind.DOCX);
		assertThat(ContentSniffer.detect(PartnerFixtures.xlsx())).isEqualTo(Kind.XLSX);
		assertThat(ContentSniffer.detect(PartnerFixtures.text())).isEqualTo(Kind.TEXT);
	}

	@Test
	void recognizesNothingElse() {
		assertThat(ContentSniffer.detect(PartnerFixtures.exe())).isNull();
		assertThat(ContentSniffer.detect(PartnerFixtures.html())).isNull();
		assertThat(ContentSniffer.detect("  \n<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(ContentSniffer.detect(PartnerFixtures.plainZip())).isNull();
		assertThat(ContentSniffer.detect(new byte[0])).isNull();
		// Latin-1, not UTF-8
		assertThat(ContentSniffer.detect(new byte[] { 'c', 'a', 'f', (byte) 0xE9 })).isNull();
		// Control characters
		assertThat(ContentSniffer.detect(new byte[] { 'a', 0, 'b' })).isNull();
		// A truncated ZIP header without a directory
		assertThat(ContentSniffer.detect(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isNull();
	}

	@Test
	void checksTheDeclaredTypeAndTheExtension() {
		assertThat(Kind.PDF.acceptsDeclared("application/pdf")).isTrue();
		assertThat(Kind.PDF.acceptsDeclared("application/octet-stream")).isTrue();
		assertThat(Kind.PDF.acceptsDeclared(null)).isTrue();
		assertThat(Kind.PDF.acceptsDeclared("text/html")).isFalse();
		assertThat(Kind.JPEG.acceptsDeclared("image/jpeg; charset=binary")).isTrue();
		assertThat(Kind.TEXT.acceptsDeclared("application/pdf")).isFalse();
		assertThat(Kind.PDF.acceptsExtension("协议.PDF")).isTrue();
		assertThat(Kind.PDF.acceptsExtension("agreement.exe")).isFalse();
		assertThat(Kind.PDF.acceptsExtension("agreement")).isFalse();
		assertThat(Kind.DOCX.acceptsExtension("a.docx")).isTrue();
		assertThat(Kind.XLSX.acceptsExtension("a.docx")).isFalse();
	}

	@Test
	void sanitizesFileNames() {
		assertThat(FileNames.sanitize("../../etc/passwd.txt", "txt")).isEqualTo("passwd.txt");
		assertThat(FileNames.sanitize("C:\\Users\\x\\合作协议.pdf", "pdf")).isEqualTo("合作协议.pdf");
		assertThat(FileNames.sanitize("a<b>:\"c|?*.pdf", "pdf")).isEqualTo("a_b___c___.pdf");
		assertThat(FileNames.sanitize("...hidden.pdf", "pdf")).isEqualTo("hidden.pdf");
		assertThat(FileNames.sanitize("bad\r\nname.pdf", "pdf")).isEqualTo("bad__name.pdf");
		assertThat(FileNames.sanitize("   ", "pdf")).isEqualTo("document.pdf");
		assertThat(FileNames.sanitize(null, "pdf")).isEqualTo("document.pdf");
		assertThat(FileNames.sanitize("x".repeat(300) + ".pdf", "pdf")).hasSize(200).endsWith(".pdf");
	}

}
