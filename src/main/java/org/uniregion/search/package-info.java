/**
 * Full-text search over the catalogs (research results, demands) with Hibernate Search and its embedded Lucene
 * backend: the bilingual analysis, where the index lives, keeping it consistent with the database (rebuild,
 * start-up check), the translation of the access policy's scopes into index predicates, and the search API and
 * pages. Each catalog module maps its own entity and answers its own searches through {@link CatalogSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package org.uniregion.search;
