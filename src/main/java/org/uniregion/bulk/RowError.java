package org.uniregion.bulk;

import java.util.List;

/**
 * One error of a file: the row number as a spreadsheet shows it (the header is row 1), the column's header
 * name (or "-" for the whole row), a message code and its arguments.
 */
record RowError(int row, String column, String code, List<String> args) {
}
