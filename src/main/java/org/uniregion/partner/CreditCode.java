package org.uniregion.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The value, when given, is a unified social credit code with a correct check character (GB 32100-2015). */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCode.Validator.class)
@interface CreditCode {

	String message() default "{organization.creditCode.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CreditCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String code = CreditCodes.normalize(value);
			return code == null || CreditCodes.isValid(code);
		}

	}

}
