package org.uniregion.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows of text to CSV (UTF-8 with a BOM, so that Excel reads Chinese correctly) or XLSX (every cell a
 * string), both safe against formula injection: a cell beginning with = + - @ a tab or a carriage return is
 * prefixed with a single quote, so that no spreadsheet evaluates it.
 */
final class Cells {

	private Cells() {
	}

	static String escape(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char c = value.charAt(0);
		if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
			return "'" + value;
		}
		return value;
	}

	static void csv(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(header.stream().map(Cells::escape).toList());
		for (List<String> row : rows) {
			printer.printRecord(row.stream().map(Cells::escape).toList());
		}
		printer.flush();
		writer.flush();
	}

	static void xlsx(String sheetName, List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(sheetName);
			int r = 0;
			write(sheet.createRow(r++), header);
			for (List<String> row : rows) {
				write(sheet.createRow(r++), row);
			}
			book.write(out);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(escape(values.get(i)));
		}
	}

}
