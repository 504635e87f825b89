package org.uniregion.shared;

/**
 * The command clashes with the current state: a stale version, or a duplicate of a unique value; answered 409.
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, Object... args) {
		super(code, args);
	}

	public static ConflictException staleVersion(String what, Object id) {
		return new ConflictException("error.staleVersion", what, id);
	}

}
