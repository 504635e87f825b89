package org.uniregion.shared;

/**
 * The record does not exist, or the caller may not know that it exists (answered the same way on purpose).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, Object... args) {
		super(code, args);
	}

	public static NotFoundException of(String what, Object id) {
		return new NotFoundException("error.notFound", what, id);
	}

}
