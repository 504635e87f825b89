package org.uniregion.result;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.uniregion.platform.Caller;
import org.uniregion.shared.FieldViolation;

/**
 * What other modules (and the web layer) may do with research results. Every call is decided by the access
 * policy for the given caller: lists hold only what it may read; a result out of its scope is not found (404).
 */
public interface ResultApi {

	/** The results the caller may read that match the query. */
	Page<ResultView> list(Caller caller, ResultQuery query, Pageable pageable);

	/** Published results only, for the public catalog, without their owners. */
	Page<ResultView> catalog(ResultQuery query, Pageable pageable);

	/** One result; 404 when the caller may not read it. */
	ResultView get(Caller caller, long id);

	/** One published result of the public catalog; 404 otherwise. */
	ResultView catalogEntry(long id);

	/** A new draft owned by the caller (or, for the office, by the researcher it names). */
	ResultView create(Caller caller, SaveResult command);

	ResultView update(Caller caller, long id, SaveResult command);

	/** Deletes a draft; any other visibility is kept (withdraw it instead). */
	void delete(Caller caller, long id);

	/**
	 * Everything wrong with the command if the caller created a result from it (the same rules as
	 * {@link #create}), reported instead of thrown; empty when it would be accepted. Saves nothing.
	 */
	List<FieldViolation> validate(Caller caller, SaveResult command);

	/**
	 * Creates a draft for each command, as {@link #create} would, inside the caller's transaction (joined if
	 * there is one), flushing and clearing the persistence context every few hundred rows. Throws on the first
	 * command that breaks a rule, so that the surrounding transaction rolls back. Answers how many were saved.
	 */
	int importAll(Caller caller, List<SaveResult> commands);

	/** Moves the result to another visibility if its lifecycle and its content allow it. */
	ResultView changeVisibility(Caller caller, long id, ChangeVisibility command);

}
