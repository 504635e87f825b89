package org.uniregion.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.uniregion.region.RegionApi;

/** The value, when given, is the code of one of the shipped GB/T 2260 regions. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownRegion.Validator.class)
@interface KnownRegion {

	String message() default "{partner.region.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownRegion, String> {

		private final RegionApi regions;

		Validator(RegionApi regions) {
			this.regions = regions;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.regions.exists(value.trim());
		}

	}

}
