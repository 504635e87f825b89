package org.uniregion.shared;

/**
 * A command was well-formed but breaks a business rule (a forbidden status transition, say); answered 422.
 */
public class BusinessRuleException extends DomainException {

	private final @org.jspecify.annotations.Nullable String field;

	public BusinessRuleException(String code, Object... args) {
		this(null, code, args);
	}

	private BusinessRuleException(@org.jspecify.annotations.Nullable String field, String code, Object... args) {
		super(code, args);
		this.field = field;
	}

	/** A rule broken by one field's value; the UI shows it next to that field. */
	public static BusinessRuleException onField(String field, String code, Object... args) {
		return new BusinessRuleException(field, code, args);
	}

	public @org.jspecify.annotations.Nullable String field() {
		return this.field;
	}

}
