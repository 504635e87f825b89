package org.uniregion.demand;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.uniregion.platform.Caller;

/**
 * What other modules (matching, projects) may ask about demands. Every answer is limited to what the caller
 * may see.
 */
public interface DemandApi {

	/** The demand, if it exists and the caller may see it. */
	Optional<DemandView> find(Caller caller, long id);

	/** The demands the caller may see that match the query. */
	Page<DemandView> list(Caller caller, DemandQuery query, Pageable pageable);

}
