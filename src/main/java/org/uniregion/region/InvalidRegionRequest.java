package org.uniregion.region;

import org.uniregion.shared.DomainException;

/**
 * A region query that cannot be answered because a parameter is malformed (a code that is not six digits,
 * an unknown level, zone or sort); answered 400 by the API and the pages.
 */
class InvalidRegionRequest extends DomainException {

	InvalidRegionRequest(String code, Object... args) {
		super(code, args);
	}

}
