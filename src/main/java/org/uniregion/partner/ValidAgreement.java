package org.uniregion.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * The cross-field rules of {@link SaveAgreement}, each reported on its field: a counterpart is named, every
 * date is a real calendar date in range, the signing date is not far ahead, and the end comes after the start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidAgreement.Validator.class)
@interface ValidAgreement {

	String message() default "{agreement.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidAgreement, SaveAgreement> {

		@Override
		public boolean isValid(SaveAgreement a, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if ((a.regionCode() == null || a.regionCode().isBlank()) && a.organizationId() == null) {
				add(context, "regionCode", "{agreement.counterpart.required}");
				valid = false;
			}
			Parsed signing = date(a.signingDate(), "signingDate", context);
			Parsed start = date(a.startDate(), "startDate", context);
			Parsed end = date(a.endDate(), "endDate", context);
			valid &= signing.ok && start.ok && end.ok;
			if (signing.date != null && signing.date.isAfter(PartnerDates.today().plusDays(PartnerDates.MAX_SIGNING_DAYS_AHEAD))) {
				add(context, "signingDate", "{agreement.signingDate.farFuture}");
				valid = false;
			}
			if (start.date != null && end.date != null && !end.date.isAfter(start.date)) {
				add(context, "endDate", "{agreement.endDate.notAfterStart}");
				valid = false;
			}
			return valid;
		}

		private static Parsed date(@Nullable String text, String field, ConstraintValidatorContext context) {
			try {
				LocalDate d = PartnerDates.parse(text);
				if (d != null && !PartnerDates.inRange(d)) {
					add(context, field, "{agreement.date.outOfRange}");
					return new Parsed(null, false);
				}
				return new Parsed(d, true);
			}
			catch (DateTimeParseException ex) {
				add(context, field, "{agreement.date.invalid}");
				return new Parsed(null, false);
			}
		}

		private static void add(ConstraintValidatorContext context, String field, String template) {
			context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
		}

		private record Parsed(@Nullable LocalDate date, boolean ok) {
		}

	}

}
