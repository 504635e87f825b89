/**
 * The tamper-evident audit trail: every insert, update and delete of an {@link org.uniregion.shared.Audited}
 * entity is captured from Hibernate's events and appended, in the same transaction, to a hash-chained log
 * that the application may only insert into; its verification, its REST API and its page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package org.uniregion.audit;
