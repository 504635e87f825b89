package org.uniregion.accessmatrix;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What rows need to name concrete records: the database (to look up demo records by name) and the port.
 */
public record MatrixContext(JdbcTemplate jdbc, int port) {

	/** The single long that {@code sql} selects, e.g. the id of a demo record found by its name. */
	public long id(String sql, Object... args) {
		Long id = this.jdbc.queryForObject(sql, Long.class, args);
		if (id == null) {
			throw new IllegalStateException("No id for " + sql);
		}
		return id;
	}

}
