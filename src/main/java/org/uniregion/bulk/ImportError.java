package org.uniregion.bulk;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One thing wrong in one cell of an imported file: a message code and its arguments, resolved when shown. */
@Entity
@Table(name = "import_error")
class ImportError {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long jobId;

	private int rowNumber;

	private String columnName = "";

	private String code = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> args = new ArrayList<>();

	protected ImportError() {
	}

	ImportError(long jobId, RowError e) {
		this.jobId = jobId;
		this.rowNumber = e.row();
		this.columnName = e.column();
		this.code = e.code();
		this.args = new ArrayList<>(e.args());
	}

	RowError toRowError() {
		return new RowError(this.rowNumber, this.columnName, this.code, List.copyOf(this.args));
	}

}
