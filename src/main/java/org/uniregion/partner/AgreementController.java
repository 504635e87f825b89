package org.uniregion.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;

/**
 * The agreement pages: list with filters (status, area, region, expiring soon), forms, and the detail page
 * with the status buttons, documents and history.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	private final AgreementService agreements;

	private final OrganizationService organizations;

	private final DocumentService documents;

	private final AccessPolicy policy;

	private final Sorting sorting;

	private final FormErrors formErrors;

	private final Validator validator;

	AgreementController(AgreementService agreements, OrganizationService organizations, DocumentService documents,
			AccessPolicy policy, Sorting sorting, FormErrors formErrors, Validator validator) {
		this.validator = validator;
		this.agreements = agreements;
		this.organizations = organizations;
		this.documents = documents;
		this.policy = policy;
		this.sorting = sorting;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable CollaborationArea area,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable Long organization,
			@RequestParam(required = false, defaultValue = "false") boolean expiring,
			@PageableDefault(size = 20, sort = "endDate", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
		Caller caller = Caller.current();
		Pageable checked = this.sorting.check(pageable, Sorting.AGREEMENT);
		AgreementQuery query = new AgreementQuery(q, status, area, region, organization,
				expiring ? this.agreements.reminderDays() : null);
		model.addAttribute("page", this.agreements.list(caller, query, checked));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", status);
		model.addAttribute("area", area);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("organization", organization);
		model.addAttribute("expiring", expiring);
		model.addAttribute("reminderDays", this.agreements.reminderDays());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("areas", CollaborationArea.values());
		model.addAttribute("sort", Sorting.current(checked));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.AGREEMENT));
		return "partner/agreements";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @Nullable Long organization, Model model) {
		this.policy.requireWrite(Caller.current(), Resource.AGREEMENT);
		Map<String, String> values = new HashMap<>();
		if (organization != null) {
			values.put("organizationId", organization.toString());
		}
		return form(model, null, values, Set.of(), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") SaveAgreement form, BindingResult result,
			@RequestParam Map<String, String> values, @RequestParam(name = "areas", required = false) @Nullable List<String> areas,
			Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.policy.requireWrite(caller, Resource.AGREEMENT);
		Map<String, String> errors = validate(form, result);
		if (!errors.isEmpty()) {
			return form(model, null, values, areas, errors);
		}
		try {
			AgreementView created = this.agreements.create(caller, form);
			redirect.addFlashAttribute("flash", "agreement.created");
			return "redirect:/agreements/" + created.id();
		}
		catch (BusinessRuleException ex) {
			return form(model, null, values, areas, this.formErrors.of(ex));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		AgreementView a = this.agreements.get(caller, id);
		model.addAttribute("a", a);
		model.addAttribute("history", this.agreements.history(caller, id));
		model.addAttribute("documents", this.documents.list(caller, id));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.AGREEMENT));
		model.addAttribute("terminable", a.nextStatuses().contains(AgreementStatus.TERMINATED));
		return "partner/agreement";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		AgreementView a = this.agreements.get(caller, id);
		this.agreements.writable(caller, id);
		Map<String, String> values = new HashMap<>();
		values.put("title", a.title());
		values.put("regionCode", nz(a.counterpartRegionCode()));
		values.put("organizationId", a.organizationId() == null ? "" : a.organizationId().toString());
		values.put("signingDate", a.signingDate() == null ? "" : a.signingDate().toString());
		values.put("startDate", a.startDate() == null ? "" : a.startDate().toString());
		values.put("endDate", a.endDate() == null ? "" : a.endDate().toString());
		values.put("resources", nz(a.resources()));
		values.put("resourcesAmount", a.resourcesAmount() == null ? "" : a.resourcesAmount().toPlainString());
		values.put("notes", nz(a.notes()));
		values.put("version", String.valueOf(a.version()));
		return form(model, a, values, a.areas().stream().map(Enum::name).toList(), Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SaveAgreement form, BindingResult result,
			@RequestParam Map<String, String> values, @RequestParam(name = "areas", required = false) @Nullable List<String> areas,
			Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		AgreementView a = this.agreements.get(caller, id);
		Map<String, String> errors = validate(form, result);
		if (!errors.isEmpty()) {
			this.agreements.writable(caller, id);
			return form(model, a, values, areas, errors);
		}
		try {
			this.agreements.update(caller, id, form);
			redirect.addFlashAttribute("flash", "agreement.saved");
			return "redirect:/agreements/" + id;
		}
		catch (BusinessRuleException | ConflictException ex) {
			return form(model, a, values, areas, this.formErrors.of(ex));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.agreements.delete(Caller.current(), id);
			redirect.addFlashAttribute("flash", "agreement.deleted");
			return "redirect:/agreements";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
			return "redirect:/agreements/" + id;
		}
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable long id, @RequestParam AgreementStatus to, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			AgreementView a = this.agreements.transition(Caller.current(), id, new ChangeAgreementStatus(to, version, reason));
			redirect.addFlashAttribute("flash", "agreement.transitioned");
			if (to == AgreementStatus.RENEWED && a.successorId() != null) {
				redirect.addFlashAttribute("flash", "agreement.renewed");
				return "redirect:/agreements/" + a.successorId();
			}
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		try {
			// The service checks that the caller may change the agreement before anything else, an empty file included.
			this.documents.upload(Caller.current(), id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), file == null ? new byte[0] : AgreementRestController.bytes(file));
			redirect.addFlashAttribute("flash", "document.uploaded.flash");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	@GetMapping("/{id}/documents/{docId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long docId) {
		return AgreementRestController.attachment(this.documents.download(Caller.current(), id, docId));
	}

	@PostMapping("/{id}/documents/{docId}/delete")
	String deleteDocument(@PathVariable long id, @PathVariable long docId, RedirectAttributes redirect) {
		this.documents.delete(Caller.current(), id, docId);
		redirect.addFlashAttribute("flash", "document.deleted");
		return "redirect:/agreements/" + id + "#documents";
	}

	private String form(Model model, @Nullable AgreementView a, Map<String, String> values,
			java.util.@Nullable Collection<String> areas, Map<String, String> errors) {
		model.addAttribute("a", a);
		model.addAttribute("values", values);
		model.addAttribute("selectedAreas", areas == null ? Set.of() : Set.copyOf(areas));
		model.addAttribute("errors", errors);
		model.addAttribute("areas", CollaborationArea.values());
		model.addAttribute("organizations", this.organizations.choices(Caller.current()));
		return "partner/agreement-form";
	}

	/**
	 * Binding errors and every constraint of the command, the cross-field ones included (validated here
	 * explicitly, as a constructor-bound form does not report class-level constraints on their fields).
	 */
	private Map<String, String> validate(@Nullable SaveAgreement form, BindingResult result) {
		Map<String, String> errors = new HashMap<>(this.formErrors.of(result));
		if (form != null) {
			for (ConstraintViolation<SaveAgreement> v : this.validator.validate(form)) {
				String path = v.getPropertyPath().toString();
				errors.putIfAbsent(path.isEmpty() ? FormErrors.GLOBAL : path, v.getMessage());
			}
		}
		return errors;
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
