package org.uniregion.result;

/**
 * The public data sets the demo catalog is taken from; each record of one says so ({@code research_result.source}),
 * and the pages show the attribution in both languages ({@code result.source.<name>}).
 */
enum CatalogSource {

	/** NASA technology-transfer patent portfolio, 2014-10-31: a work of the US government. */
	NASA("demo/catalog/nasa_patents_2014-10-31.csv.gz"),
	/** CSL Chinese scientific literature data set, Apache-2.0. */
	CSL("demo/catalog/csl-zh-2000.jsonl.gz");

	private final String resource;

	CatalogSource(String resource) {
		this.resource = resource;
	}

	String resource() {
		return this.resource;
	}

}
