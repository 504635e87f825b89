package org.uniregion.classification;

import org.uniregion.shared.DomainException;

/**
 * A classification query that cannot be answered because a parameter is malformed (a code of the wrong
 * shape, an unknown level or section, an unsupported sort); answered 400 by the API and the pages.
 */
class InvalidClassificationRequest extends DomainException {

	InvalidClassificationRequest(String code, Object... args) {
		super(code, args);
	}

}
