package org.uniregion.lead;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.uniregion.platform.Caller;

/**
 * What other modules (and the web layer) may do with leads. Every call is decided by the access policy: the
 * office reads and changes all, an auditor reads all, a researcher reads the leads on its own results.
 */
public interface LeadApi {

	/** The leads the caller may read, by status and by words in the title, name, organization, email or message. */
	Page<LeadView> list(Caller caller, @Nullable LeadStatus status, @Nullable String q, Pageable pageable);

	/** One lead; 404 when the caller may not read it. */
	LeadView get(Caller caller, long id);

	/** Moves a lead along its lifecycle (the office only). */
	LeadView changeStatus(Caller caller, long id, ChangeLeadStatus command);

	/** How many new leads the caller may read. */
	long countNew(Caller caller);

}
