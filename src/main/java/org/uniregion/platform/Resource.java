package org.uniregion.platform;

/**
 * The kinds of record the access policy decides on. A capability adds its kinds here, and its rules to
 * {@link AccessPolicy}, so that every decision stays in one place.
 */
public enum Resource {

	/** Administrative divisions: public reference data. */
	REGION,
	/** Partner organizations and their contacts. */
	ORGANIZATION,
	/** Framework agreements and their documents. */
	AGREEMENT,
	/** The audit trail. */
	AUDIT_TRAIL,
	/** Users, roles and their scope. */
	ACCOUNT,
	/** Research results (科技成果): the supply side; published ones form the public catalog. */
	RESEARCH_RESULT,
	/** Technology demands (技术需求): the demand side. */
	DEMAND,

	/** The search index itself: its state, and rebuilding it. */
	SEARCH_INDEX,

	/** Leads: interest expressed in a published result, followed up by the office. */
	LEAD,

	/** Bulk import jobs: their files, progress and error reports. */
	IMPORT_JOB

}
