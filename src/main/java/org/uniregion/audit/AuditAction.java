package org.uniregion.audit;

/**
 * What happened to the audited record.
 */
enum AuditAction {

	CREATE, UPDATE, DELETE

}
