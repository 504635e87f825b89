package org.uniregion.demand;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.uniregion.platform.Caller;
import org.uniregion.shared.FieldViolation;

/**
 * What other modules (matching, projects) may ask about demands. Every answer is limited to what the caller
 * may see.
 */
public interface DemandApi {

	/** The demand, if it exists and the caller may see it. */
	Optional<DemandView> find(Caller caller, long id);

	/** The demands the caller may see that match the query. */
	Page<DemandView> list(Caller caller, DemandQuery query, Pageable pageable);

	/**
	 * Everything wrong with the command if the caller posted a demand from it (the same rules as creating
	 * one), reported instead of thrown; empty when it would be accepted. Saves nothing.
	 */
	java.util.List<FieldViolation> validate(Caller caller, SaveDemand command);

	/**
	 * Creates a demand for each command inside the caller's transaction (joined if there is one), flushing and
	 * clearing every few hundred rows; throws on the first command that breaks a rule. Answers how many.
	 */
	int importAll(Caller caller, java.util.List<SaveDemand> commands);

}
