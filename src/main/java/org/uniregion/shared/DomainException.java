package org.uniregion.shared;

import java.util.Arrays;

/**
 * A rule of the domain was not met. Carries a message code (resolved in the caller's language) and its
 * arguments, so that the same failure reads well in 中文 and in English, in the UI and in the API.
 */
public abstract class DomainException extends RuntimeException {

	private final String code;

	private final Object[] args;

	protected DomainException(String code, Object... args) {
		super(code + Arrays.toString(args));
		this.code = code;
		this.args = args;
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
