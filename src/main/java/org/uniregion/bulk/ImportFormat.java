package org.uniregion.bulk;

enum ImportFormat {
	CSV, XLSX
}
