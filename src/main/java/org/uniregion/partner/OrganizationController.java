package org.uniregion.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;

/**
 * The organization pages: list with search, filters, sorting and paging; create and edit forms; the detail
 * page with contacts and the organization's agreements.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

	private final OrganizationService organizations;

	private final AgreementService agreements;

	private final AccessPolicy policy;

	private final Sorting sorting;

	private final FormErrors formErrors;

	OrganizationController(OrganizationService organizations, AgreementService agreements, AccessPolicy policy,
			Sorting sorting, FormErrors formErrors) {
		this.organizations = organizations;
		this.agreements = agreements;
		this.policy = policy;
		this.sorting = sorting;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable OrganizationType type,
			@RequestParam(required = false) @Nullable String region,
			@PageableDefault(size = 20, sort = "nameZh", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
		Caller caller = Caller.current();
		Pageable checked = this.sorting.check(pageable, Sorting.ORGANIZATION);
		model.addAttribute("page", this.organizations.list(caller, new OrganizationQuery(q, type, region), checked));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("type", type);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("types", OrganizationType.values());
		model.addAttribute("sort", Sorting.current(checked));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.ORGANIZATION));
		return "partner/organizations";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.policy.requireWrite(Caller.current(), Resource.ORGANIZATION);
		return form(model, null, new HashMap<>(), Map.of());
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SaveOrganization form, BindingResult result,
			@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.policy.requireWrite(caller, Resource.ORGANIZATION);
		if (result.hasErrors()) {
			return form(model, null, values, this.formErrors.of(result));
		}
		try {
			OrganizationView created = this.organizations.create(caller, form);
			redirect.addFlashAttribute("flash", "organization.created");
			return "redirect:/organizations/" + created.id();
		}
		catch (BusinessRuleException ex) {
			return form(model, null, values, this.formErrors.of(ex));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		OrganizationView o = this.organizations.get(caller, id);
		model.addAttribute("o", o);
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.ORGANIZATION));
		boolean agreementsVisible = this.policy.mayRead(caller, Resource.AGREEMENT);
		model.addAttribute("agreementsVisible", agreementsVisible);
		model.addAttribute("agreements", agreementsVisible
				? this.agreements.list(caller, new AgreementQuery(null, null, null, null, id, null),
						org.springframework.data.domain.PageRequest.of(0, 100, Sort.by("endDate", "id"))).getContent()
				: List.of());
		model.addAttribute("mayWriteAgreements", this.policy.mayWrite(caller, Resource.AGREEMENT));
		model.addAttribute("contactValues", Map.of());
		model.addAttribute("contactErrors", Map.of());
		return "partner/organization";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		OrganizationView o = this.organizations.get(caller, id);
		this.organizations.writable(caller, id);
		Map<String, String> values = new HashMap<>();
		values.put("nameZh", o.nameZh());
		values.put("nameEn", nz(o.nameEn()));
		values.put("type", o.type().name());
		values.put("regionCode", o.regionCode());
		values.put("creditCode", nz(o.creditCode()));
		values.put("address", nz(o.address()));
		values.put("website", nz(o.website()));
		values.put("description", nz(o.description()));
		values.put("version", String.valueOf(o.version()));
		return form(model, o, values, Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SaveOrganization form, BindingResult result,
			@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		OrganizationView o = this.organizations.get(caller, id);
		if (result.hasErrors()) {
			this.organizations.writable(caller, id);
			return form(model, o, values, this.formErrors.of(result));
		}
		try {
			this.organizations.update(caller, id, form);
			redirect.addFlashAttribute("flash", "organization.saved");
			return "redirect:/organizations/" + id;
		}
		catch (BusinessRuleException | ConflictException ex) {
			return form(model, o, values, this.formErrors.of(ex));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.organizations.delete(Caller.current(), id);
			redirect.addFlashAttribute("flash", "organization.deleted");
			return "redirect:/organizations";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
			return "redirect:/organizations/" + id;
		}
	}

	@PostMapping("/{id}/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contact") SaveContact contact, BindingResult result,
			@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		if (result.hasErrors()) {
			this.organizations.writable(caller, id);
			detail(id, model);
			model.addAttribute("contactValues", values);
			model.addAttribute("contactErrors", this.formErrors.of(result));
			return "partner/organization";
		}
		this.organizations.addContact(caller, id, contact);
		redirect.addFlashAttribute("flash", "contact.added");
		return "redirect:/organizations/" + id + "#contacts";
	}

	@GetMapping("/{id}/contacts/{contactId}/edit")
	String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
		Caller caller = Caller.current();
		OrganizationView o = this.organizations.get(caller, id);
		this.organizations.writable(caller, id);
		ContactView c = o.contacts().stream().filter(x -> x.id() == contactId).findFirst()
			.orElseThrow(() -> org.uniregion.shared.NotFoundException.of("contact", contactId));
		Map<String, String> values = new HashMap<>();
		values.put("name", c.name());
		values.put("title", nz(c.title()));
		values.put("phone", nz(c.phone()));
		values.put("email", nz(c.email()));
		values.put("version", String.valueOf(c.version()));
		return contactForm(model, o, c, values, Map.of());
	}

	@PostMapping("/{id}/contacts/{contactId}")
	String updateContact(@PathVariable long id, @PathVariable long contactId,
			@Valid @ModelAttribute("contact") SaveContact contact, BindingResult result,
			@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		OrganizationView o = this.organizations.get(caller, id);
		ContactView c = o.contacts().stream().filter(x -> x.id() == contactId).findFirst()
			.orElseThrow(() -> org.uniregion.shared.NotFoundException.of("contact", contactId));
		if (result.hasErrors()) {
			this.organizations.writable(caller, id);
			return contactForm(model, o, c, values, this.formErrors.of(result));
		}
		try {
			this.organizations.updateContact(caller, id, contactId, contact);
		}
		catch (BusinessRuleException | ConflictException ex) {
			return contactForm(model, o, c, values, this.formErrors.of(ex));
		}
		redirect.addFlashAttribute("flash", "contact.saved");
		return "redirect:/organizations/" + id + "#contacts";
	}

	@PostMapping("/{id}/contacts/{contactId}/delete")
	String deleteContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
		this.organizations.deleteContact(Caller.current(), id, contactId);
		redirect.addFlashAttribute("flash", "contact.deleted");
		return "redirect:/organizations/" + id + "#contacts";
	}

	private String form(Model model, @Nullable OrganizationView o, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("o", o);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("types", OrganizationType.values());
		return "partner/organization-form";
	}

	private String contactForm(Model model, OrganizationView o, ContactView c, Map<String, String> values,
			Map<String, String> errors) {
		model.addAttribute("o", o);
		model.addAttribute("c", c);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "partner/contact-form";
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
