package org.uniregion.result;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * The errors of a submitted result form as field → message in the user's language; errors that belong to
 * no field are kept under {@link #GLOBAL}.
 */
@Component
class ResultFormErrors {

	static final String GLOBAL = "_global";

	private final MessageSource messages;

	private final Validator validator;

	ResultFormErrors(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = validator;
	}

	/** Binding errors and every constraint of the command (a constructor-bound form is validated here). */
	Map<String, String> of(@Nullable Object form, BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError fe : result.getFieldErrors()) {
			errors.putIfAbsent(fe.getField(), this.messages.getMessage(fe, LocaleContextHolder.getLocale()));
		}
		for (ObjectError ge : result.getGlobalErrors()) {
			errors.putIfAbsent(GLOBAL, this.messages.getMessage(ge, LocaleContextHolder.getLocale()));
		}
		if (form != null) {
			for (ConstraintViolation<Object> v : this.validator.validate(form)) {
				String path = v.getPropertyPath().toString();
				int bracket = path.indexOf('[');
				errors.putIfAbsent(path.isEmpty() ? GLOBAL : (bracket > 0 ? path.substring(0, bracket) : path), v.getMessage());
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

}
