package org.uniregion.partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, and impostors, for the document tests. */
final class PartnerFixtures {

	private PartnerFixtures() {
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "word/document.xml");
	}

	static byte[] xlsx() {
		return zip("[Content_Types].xml", "xl/workbook.xml");
	}

	static byte[] plainZip() {
		return zip("readme.txt", "data/a.csv");
	}

	/** A Windows executable's start. */
	static byte[] exe() {
		byte[] b = new byte[256];
		b[0] = 'M';
		b[1] = 'Z';
		b[60] = (byte) 0x80;
		return b;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] text() {
		return "合作协议备忘录\nMemorandum of the agreement.\n".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] zip(String... names) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
