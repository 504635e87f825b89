package org.uniregion.shared;

/**
 * A request that cannot be answered because a parameter is malformed (an unknown sort, a filter value of the
 * wrong kind); answered 400 by the API and the pages.
 */
public class BadRequestException extends DomainException {

	public BadRequestException(String code, Object... args) {
		super(code, args);
	}

}
