package org.uniregion.demand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.DomainException;

/**
 * The errors of a submitted form as “field → message” in the user's language, to show each message next to
 * its field; errors of no field are kept under {@link #GLOBAL}.
 */
@Component
class DemandFormErrors {

	static final String GLOBAL = "_global";

	private final MessageSource messages;

	private final Validator validator;

	DemandFormErrors(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = validator;
	}

	/** Binding errors and every bean-validation constraint of the bound command. */
	Map<String, String> of(BindingResult result, @Nullable Object form) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError fe : result.getFieldErrors()) {
			errors.putIfAbsent(fe.getField(), this.messages.getMessage(fe, LocaleContextHolder.getLocale()));
		}
		for (ObjectError ge : result.getGlobalErrors()) {
			errors.putIfAbsent(GLOBAL, this.messages.getMessage(ge, LocaleContextHolder.getLocale()));
		}
		if (form != null) {
			Set<ConstraintViolation<Object>> violations = this.validator.validate(form);
			for (ConstraintViolation<Object> v : violations) {
				String path = v.getPropertyPath().toString();
				errors.putIfAbsent(path.isEmpty() ? GLOBAL : path, v.getMessage());
			}
		}
		return errors;
	}

	Map<String, String> of(DomainException ex) {
		String field = ex instanceof BusinessRuleException b && b.field() != null ? b.field() : GLOBAL;
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field, message(ex));
		return errors;
	}

	String message(DomainException ex) {
		return this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

	String message(String code) {
		return this.messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
