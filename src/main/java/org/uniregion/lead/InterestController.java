package org.uniregion.lead;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uniregion.result.ResultView;

/**
 * The express-interest form of a catalog entry, for anonymous visitors and logged-in users alike (with the
 * session's CSRF token like every form). The catalog entry page carries the form; errors come back on this
 * module's own page. Too many messages from one address answer 429 with the form and a message; a filled
 * honeypot is stored as suspected spam (see {@link PublicInterest}); invalid fields answer 400 with the form and its errors; a result that is not
 * published is not found (404).
 */
@Controller
@RequestMapping("/catalog/{id}/interest")
class InterestController {

	static final String GLOBAL = "_global";

	private final PublicInterest interest;

	private final LeadService leads;

	private final Validator validator;

	private final MessageSource messages;

	InterestController(PublicInterest interest, LeadService leads, Validator validator, MessageSource messages) {
		this.interest = interest;
		this.leads = leads;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		return form(this.leads.publishedResult(id), model, Map.of(), Map.of());
	}

	@PostMapping
	String send(@PathVariable long id, @ModelAttribute("form") ExpressInterest form, BindingResult binding,
			@RequestParam Map<String, String> values, HttpServletRequest request, HttpServletResponse response, Model model) {
		ResultView result = this.leads.publishedResult(id);
		try {
			this.interest.checkRate(request.getRemoteAddr());
		}
		catch (ErrorResponseException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(result, model, values, Map.of(GLOBAL, ex.getBody().getDetail() == null ? "" : ex.getBody().getDetail()));
		}
		Map<String, String> errors = errors(binding, binding.hasErrors() ? null : form);
		if (!errors.isEmpty() || form == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(result, model, values, errors);
		}
		this.interest.receive(id, form);
		return "redirect:/catalog/" + id + "/interest/sent";
	}

	@GetMapping("/sent")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("r", this.leads.publishedResult(id));
		model.addAttribute("thanks", this.interest.thanks());
		return "lead/interest-sent";
	}

	private String form(ResultView result, Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("r", result);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "lead/interest";
	}

	private Map<String, String> errors(BindingResult binding, @org.jspecify.annotations.Nullable ExpressInterest form) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError fe : binding.getFieldErrors()) {
			errors.putIfAbsent(fe.getField(), this.messages.getMessage(fe, LocaleContextHolder.getLocale()));
		}
		if (binding.hasGlobalErrors()) {
			errors.putIfAbsent(GLOBAL, this.messages.getMessage(binding.getGlobalErrors().get(0), LocaleContextHolder.getLocale()));
		}
		if (form != null) {
			Set<ConstraintViolation<ExpressInterest>> violations = this.validator.validate(form);
			for (ConstraintViolation<ExpressInterest> v : violations) {
				String path = v.getPropertyPath().toString();
				errors.putIfAbsent(path.isEmpty() ? GLOBAL : path, v.getMessage());
			}
		}
		return errors;
	}

}
