package org.uniregion.partner;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.DomainException;

/**
 * The errors of a submitted form as “field → message” in the user's language, for showing each message next
 * to its field; errors that belong to no field are kept under {@link #GLOBAL}.
 */
@Component
class FormErrors {

	static final String GLOBAL = "_global";

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError fe : result.getFieldErrors()) {
			errors.putIfAbsent(fe.getField(), this.messages.getMessage(fe, LocaleContextHolder.getLocale()));
		}
		for (ObjectError ge : result.getGlobalErrors()) {
			errors.putIfAbsent(GLOBAL, this.messages.getMessage(ge, LocaleContextHolder.getLocale()));
		}
		return errors;
	}

	Map<String, String> of(DomainException ex) {
		String message = message(ex);
		String field = ex instanceof BusinessRuleException b && b.field() != null ? b.field() : GLOBAL;
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field, message);
		return errors;
	}

	String message(DomainException ex) {
		return this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

}
