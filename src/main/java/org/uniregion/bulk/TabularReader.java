package org.uniregion.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.uniregion.shared.BusinessRuleException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded file into a {@link Table}, refusing what it must not read: unknown formats (the content
 * is sniffed, the file name is not trusted), too many rows, and XLSX files that are zip bombs or carry a
 * DTD (XML entities). CSV encodings: a BOM means UTF-8; otherwise strict UTF-8 if the bytes decode as such,
 * else GB18030 (a superset of GBK); or the encoding the uploader names.
 */
final class TabularReader {

	static final int MAX_ROWS = 100_000;

	/** No entry of an XLSX may inflate beyond this, nor all of them together beyond twice it. */
	static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

	/** An entry inflating more than this many times its compressed size (and beyond 1 MB) is a zip bomb. */
	static final int MAX_RATIO = 100;

	static {
		ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	private TabularReader() {
	}

	static ImportFormat sniff(byte[] bytes) {
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return ImportFormat.XLSX;
		}
		int n = Math.min(bytes.length, 8192);
		for (int i = 0; i < n; i++) {
			if (bytes[i] == 0) {
				throw new BusinessRuleException("bulk.file.unknownFormat");
			}
		}
		return ImportFormat.CSV;
	}

	static Table read(byte[] bytes, @Nullable String encoding) {
		if (bytes.length == 0) {
			throw new BusinessRuleException("bulk.file.empty");
		}
		return sniff(bytes) == ImportFormat.XLSX ? readXlsx(bytes) : readCsv(bytes, encoding);
	}

	/** The charset of a CSV file's bytes: named, or UTF-8 (BOM or strict decoding), or else GB18030. */
	static Charset charset(byte[] bytes, @Nullable String encoding) {
		if (encoding != null && !encoding.isBlank()) {
			try {
				return Charset.forName(encoding.trim());
			}
			catch (IllegalArgumentException ex) {
				throw BusinessRuleException.onField("encoding", "bulk.file.encodingUnknown", encoding);
			}
		}
		if (hasBom(bytes)) {
			return StandardCharsets.UTF_8;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return Charset.forName("GB18030");
		}
	}

	private static boolean hasBom(byte[] b) {
		return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
	}

	static Table readCsv(byte[] bytes, @Nullable String encoding) {
		Charset charset = charset(bytes, encoding);
		String text = new String(bytes, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		List<String> header = null;
		List<Table.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<String> cells = record.toList();
				if (header == null) {
					header = cells;
					continue;
				}
				add(rows, number, cells);
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new BusinessRuleException("bulk.file.csvBroken", String.valueOf(ex.getMessage()));
		}
		if (header == null) {
			throw new BusinessRuleException("bulk.file.empty");
		}
		return new Table(header, rows, ImportFormat.CSV, charset.name());
	}

	private static void add(List<Table.Row> rows, int number, List<String> cells) {
		boolean blank = true;
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				blank = false;
				break;
			}
		}
		if (blank) {
			return;
		}
		if (rows.size() >= MAX_ROWS) {
			throw new BusinessRuleException("bulk.file.tooManyRows", String.valueOf(MAX_ROWS));
		}
		rows.add(new Table.Row(number, cells));
	}

	/**
	 * Inflates every entry once, counting, before POI sees the file: refuses entries that inflate too much or
	 * too far (zip bombs) and XML parts that declare a DTD or entities.
	 */
	static void checkXlsx(byte[] bytes) {
		long total = 0;
		boolean any = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			byte[] buffer = new byte[64 * 1024];
			while ((entry = zip.getNextEntry()) != null) {
				any = true;
				long size = 0;
				StringBuilder head = new StringBuilder();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					if (head.length() < 4096) {
						head.append(new String(buffer, 0, Math.min(read, 4096), StandardCharsets.ISO_8859_1));
					}
					size += read;
					total += read;
					if (size > MAX_ENTRY_BYTES || total > 2 * MAX_ENTRY_BYTES) {
						throw new BusinessRuleException("bulk.file.zipBomb");
					}
				}
				zip.closeEntry();
				long compressed = entry.getCompressedSize();
				if (size > 1024 * 1024 && compressed > 0 && size / compressed > MAX_RATIO) {
					throw new BusinessRuleException("bulk.file.zipBomb");
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				String h = head.toString().toUpperCase(Locale.ROOT);
				if ((name.endsWith(".xml") || name.endsWith(".rels")) && (h.contains("<!DOCTYPE") || h.contains("<!ENTITY"))) {
					throw new BusinessRuleException("bulk.file.xmlEntities");
				}
			}
		}
		catch (IOException ex) {
			throw new BusinessRuleException("bulk.file.xlsxBroken");
		}
		if (!any) {
			throw new BusinessRuleException("bulk.file.unknownFormat");
		}
	}

	static Table readXlsx(byte[] bytes) {
		checkXlsx(bytes);
		List<List<String>> raw = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new BusinessRuleException("bulk.file.empty");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Collector(raw, numbers), new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (BusinessRuleException ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (ex.getCause() instanceof BusinessRuleException b) {
				throw b;
			}
			throw new BusinessRuleException("bulk.file.xlsxBroken");
		}
		if (raw.isEmpty()) {
			throw new BusinessRuleException("bulk.file.empty");
		}
		List<Table.Row> rows = new ArrayList<>();
		for (int i = 1; i < raw.size(); i++) {
			add(rows, numbers.get(i), raw.get(i));
		}
		return new Table(raw.get(0), rows, ImportFormat.XLSX, "UTF-8");
	}

	/** Collects the cells of the first sheet, by row, as the sheet formats them. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<List<String>> rows;

		private final List<Integer> numbers;

		private List<String> current = new ArrayList<>();

		Collector(List<List<String>> rows, List<Integer> numbers) {
			this.rows = rows;
			this.numbers = numbers;
		}

		@Override
		public void startRow(int rowNum) {
			this.current = new ArrayList<>();
			if (this.rows.size() > MAX_ROWS + 1) {
				throw new IllegalStateException(new BusinessRuleException("bulk.file.tooManyRows", String.valueOf(MAX_ROWS)));
			}
			this.numbers.add(rowNum + 1);
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.add(this.current);
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int col = cellReference == null ? this.current.size() : new CellReference(cellReference).getCol();
			while (this.current.size() < col) {
				this.current.add("");
			}
			this.current.add(formattedValue == null ? "" : formattedValue);
		}

	}

}
