package org.uniregion.bulk;

/** What a file imports. */
enum ImportKind {
	RESULTS, DEMANDS
}
