package org.uniregion.partner;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes the kinds of document an agreement may carry by their content (magic bytes, the ZIP directory of
 * Office files, strict UTF-8 for text), never by the name or the type the client claims. Anything else —
 * executables, HTML, archives, scripts — is not recognized.
 */
final class ContentSniffer {

	enum Kind {

		PDF("application/pdf", Set.of("application/pdf", "application/x-pdf"), Set.of("pdf")),
		PNG("image/png", Set.of("image/png"), Set.of("png")),
		JPEG("image/jpeg", Set.of("image/jpeg", "image/pjpeg", "image/jpg"), Set.of("jpg", "jpeg")),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), Set.of("docx")),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Set.of("xlsx")),
		TEXT("text/plain", Set.of("text/plain", "text/csv", "text/markdown"), Set.of("txt", "csv", "md"));

		final String contentType;

		final Set<String> declaredTypes;

		final Set<String> extensions;

		Kind(String contentType, Set<String> declaredTypes, Set<String> extensions) {
			this.contentType = contentType;
			this.declaredTypes = declaredTypes;
			this.extensions = extensions;
		}

		/** Whether the type the client declared fits; a missing or generic declaration says nothing. */
		boolean acceptsDeclared(@Nullable String declared) {
			if (declared == null || declared.isBlank()) {
				return true;
			}
			String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
			return type.equals("application/octet-stream") || this.declaredTypes.contains(type);
		}

		boolean acceptsExtension(String fileName) {
			int dot = fileName.lastIndexOf('.');
			return dot >= 0 && this.extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
		}

	}

	private ContentSniffer() {
	}

	/** The kind of {@code content}, or {@code null} when it is none of the accepted kinds. */
	static @Nullable Kind detect(byte[] content) {
		if (content.length == 0) {
			return null;
		}
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Kind.PDF;
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Kind.PNG;
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Kind.JPEG;
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return office(content);
		}
		return isPlainText(content) ? Kind.TEXT : null;
	}

	/** DOCX and XLSX are ZIP files with a [Content_Types].xml and a word/ or xl/ part. */
	private static @Nullable Kind office(byte[] zip) {
		List<String> names = zipEntryNames(zip);
		if (names == null || !names.contains("[Content_Types].xml")) {
			return null;
		}
		if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
			return Kind.DOCX;
		}
		if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
			return Kind.XLSX;
		}
		return null;
	}

	/**
	 * The entry names from the ZIP's central directory, read without inflating anything (so a ZIP bomb costs
	 * nothing); {@code null} when the directory is not where and what it should be.
	 */
	static @Nullable List<String> zipEntryNames(byte[] zip) {
		int eocd = -1;
		int stop = Math.max(0, zip.length - 22 - 65535);
		for (int i = zip.length - 22; i >= stop; i--) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) {
			return null;
		}
		int count = u16(zip, eocd + 10);
		long offset = u32(zip, eocd + 16);
		List<String> names = new ArrayList<>();
		int p = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < count; n++) {
			if (p < 0 || p + 46 > zip.length || !(zip[p] == 'P' && zip[p + 1] == 'K' && zip[p + 2] == 1 && zip[p + 3] == 2)) {
				return null;
			}
			int nameLength = u16(zip, p + 28);
			int extraLength = u16(zip, p + 30);
			int commentLength = u16(zip, p + 32);
			if (p + 46 + nameLength > zip.length) {
				return null;
			}
			names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
			p += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	/**
	 * Strict UTF-8 without control characters (other than tab, line feed, form feed and carriage return),
	 * and not markup: an HTML page renamed .txt is not text for our purposes.
	 */
	static boolean isPlainText(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
				return false;
			}
		}
		String start = text.stripLeading();
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).stripLeading();
		}
		return !start.startsWith("<");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u16(byte[] b, int i) {
		if (i + 1 >= b.length) {
			return 0;
		}
		return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] b, int i) {
		if (i + 3 >= b.length) {
			return -1;
		}
		return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
	}

}
