package org.uniregion.bulk;

/** Where an import job stands: checked by a dry run, then committed (all rows or none). */
enum ImportStatus {

	UPLOADED, VALIDATING, VALID, INVALID, IMPORTING, IMPORTED, FAILED;

	public boolean running() {
		return this == UPLOADED || this == VALIDATING || this == IMPORTING;
	}

}
