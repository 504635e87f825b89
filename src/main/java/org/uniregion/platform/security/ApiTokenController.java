package org.uniregion.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.Caller;

/**
 * The page where a user manages its personal access tokens: the same service as the API.
 */
@Controller
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/me/tokens")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm("", 90));
		}
		model.addAttribute("tokens", this.tokens.list(Caller.current()));
		return "platform/tokens";
	}

	@PostMapping("/me/tokens")
	String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("tokens", this.tokens.list(Caller.current()));
			return "platform/tokens";
		}
		ApiTokenService.IssuedToken issued = this.tokens.issue(Caller.current(), form.name(), form.expiresInDays());
		redirect.addFlashAttribute("secret", issued.secret());
		redirect.addFlashAttribute("flash", "tokens.created");
		return "redirect:/me/tokens";
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(Caller.current(), id);
		redirect.addFlashAttribute("flash", "tokens.revoked.flash");
		return "redirect:/me/tokens";
	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @Nullable @Min(1) @Max(3650) Integer expiresInDays) {
	}

}
