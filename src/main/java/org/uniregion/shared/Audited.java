package org.uniregion.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JPA entity whose every insert, update and delete is appended to the audit trail, with the
 * values before and after. Properties named in {@link #redact()} are recorded as changed, never by value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

	/** The name shown in the trail, e.g. "agreement". */
	String value();

	String[] redact() default {};

}
