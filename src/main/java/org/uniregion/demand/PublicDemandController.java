package org.uniregion.demand;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uniregion.shared.BusinessRuleException;

/**
 * The public demand form for anonymous visitors (with the session's CSRF token like every form). Too many
 * submissions from one address answer 429 with the form and a message; a filled honeypot is stored for
 * moderation as suspected spam (see {@link PublicSubmissions}); too long or invalid fields answer 400 with the form and its errors.
 */
@Controller
@RequestMapping("/demand/submit")
class PublicDemandController {

	private final PublicSubmissions submissions;

	private final DemandFormErrors formErrors;

	PublicDemandController(PublicSubmissions submissions, DemandFormErrors formErrors) {
		this.submissions = submissions;
		this.formErrors = formErrors;
	}

	@GetMapping
	String form(Model model) {
		return form(model, Map.of(), Map.of());
	}

	@PostMapping
	String submit(@ModelAttribute("form") SubmitPublicDemand form, BindingResult result,
			@RequestParam Map<String, String> values, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			this.submissions.checkRate(request.getRemoteAddr());
		}
		catch (ErrorResponseException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(model, values, Map.of(DemandFormErrors.GLOBAL, ex.getBody().getDetail() == null ? "" : ex.getBody().getDetail()));
		}
		Map<String, String> errors = this.formErrors.of(result, result.hasErrors() ? null : form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, values, errors);
		}
		try {
			this.submissions.demandsSubmit(form);
		}
		catch (BusinessRuleException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, values, this.formErrors.of(ex));
		}
		return thanks(model);
	}

	private String thanks(Model model) {
		model.addAttribute("thanks", this.submissions.thanks());
		return "demand/submit";
	}

	private String form(Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "demand/submit";
	}

}
