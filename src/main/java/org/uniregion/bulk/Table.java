package org.uniregion.bulk;

import java.util.List;

/**
 * A parsed file: its header cells and its data rows (blank rows left out), each with its row number as a
 * spreadsheet shows it (the header is row 1).
 */
record Table(List<String> header, List<Row> rows, ImportFormat format, String encoding) {

	record Row(int number, List<String> cells) {

		String cell(int index) {
			return index < this.cells.size() ? this.cells.get(index) : "";
		}

	}

}
