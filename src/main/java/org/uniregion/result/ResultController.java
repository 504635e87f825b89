package org.uniregion.result;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The research result pages: the list with search and filters, the forms, and the detail page with the
 * visibility buttons the lifecycle and the caller's rights allow.
 */
@Controller
@RequestMapping("/results")
class ResultController {

	private final ResultService results;

	private final AccessPolicy policy;

	private final ResultSorting sorting;

	private final ResultFormErrors formErrors;

	ResultController(ResultService results, AccessPolicy policy, ResultSorting sorting, ResultFormErrors formErrors) {
		this.results = results;
		this.policy = policy;
		this.sorting = sorting;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(required = false) @Nullable Visibility visibility,
			@RequestParam(required = false) @Nullable Integer trl,
			@RequestParam(required = false) @Nullable String ipc,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable TransferMode transferMode,
			@RequestParam(required = false) @Nullable String owner,
			@PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
		Caller caller = Caller.current();
		Pageable checked = this.sorting.check(pageable);
		boolean mine = "me".equals(owner);
		model.addAttribute("page", this.results.list(caller,
				new ResultQuery(q, type, visibility, trl, ipc, industry, transferMode, mine), checked));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("type", type);
		model.addAttribute("visibility", visibility);
		model.addAttribute("trl", trl);
		model.addAttribute("ipc", ipc == null ? "" : ipc);
		model.addAttribute("industry", industry == null ? "" : industry);
		model.addAttribute("transferMode", transferMode);
		model.addAttribute("mine", mine);
		model.addAttribute("sort", ResultSorting.current(checked));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.RESEARCH_RESULT));
		enums(model);
		model.addAttribute("visibilities", Visibility.values());
		return "result/results";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.policy.requireWrite(Caller.current(), Resource.RESEARCH_RESULT);
		Map<String, String> values = new HashMap<>();
		values.put("language", "zh");
		values.put("type", ResultType.PATENT.name());
		return form(model, null, values, Set.of(), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") SaveResult form, BindingResult result, @RequestParam Map<String, String> values,
			@RequestParam(name = "transferModes", required = false) @Nullable List<String> modes, Model model,
			RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.policy.requireWrite(caller, Resource.RESEARCH_RESULT);
		Map<String, String> errors = this.formErrors.of(result.hasErrors() ? null : form, result);
		if (!errors.isEmpty()) {
			return form(model, null, values, modes, errors);
		}
		try {
			ResultView created = this.results.create(caller, form);
			redirect.addFlashAttribute("flash", "result.created");
			return "redirect:/results/" + created.id();
		}
		catch (BusinessRuleException ex) {
			return form(model, null, values, modes, this.formErrors.of(ex));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		ResultView r = this.results.get(caller, id);
		model.addAttribute("r", r);
		model.addAttribute("labels", this.results.labels(r));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.RESEARCH_RESULT) && writable(caller, id));
		return "result/result";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		this.results.writable(caller, id);
		ResultView r = this.results.get(caller, id);
		Map<String, String> values = new HashMap<>();
		values.put("type", r.type().name());
		values.put("title", r.title());
		values.put("abstractText", nz(r.abstractText()));
		values.put("keywords", String.join(", ", r.keywords()));
		values.put("discipline", Disciplines.find(r.discipline()).map(Disciplines.Discipline::key).orElse(nz(r.discipline())));
		values.put("ipcClasses", String.join(", ", r.ipcClasses()));
		values.put("industries", String.join(", ", r.industries()));
		values.put("trl", r.trl() == null ? "" : r.trl().toString());
		values.put("ipStatus", r.ipStatus() == null ? "" : r.ipStatus().name());
		values.put("ipNumbers", String.join(", ", r.ipNumbers()));
		values.put("researchers", String.join(", ", r.researchers()));
		values.put("lab", nz(r.lab()));
		values.put("department", nz(r.department()));
		values.put("askingTerms", nz(r.askingTerms()));
		values.put("askingAmount", r.askingAmount() == null ? "" : r.askingAmount().toPlainString());
		values.put("language", r.language());
		values.put("version", String.valueOf(r.version()));
		return form(model, r, values, r.transferModes().stream().map(Enum::name).toList(), Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SaveResult form, BindingResult result,
			@RequestParam Map<String, String> values,
			@RequestParam(name = "transferModes", required = false) @Nullable List<String> modes, Model model,
			RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.results.writable(caller, id);
		ResultView r = this.results.get(caller, id);
		Map<String, String> errors = this.formErrors.of(result.hasErrors() ? null : form, result);
		if (!errors.isEmpty()) {
			return form(model, r, values, modes, errors);
		}
		try {
			this.results.update(caller, id, form);
			redirect.addFlashAttribute("flash", "result.saved");
			return "redirect:/results/" + id;
		}
		catch (BusinessRuleException | ConflictException ex) {
			return form(model, r, values, modes, this.formErrors.of(ex));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.results.delete(Caller.current(), id);
			redirect.addFlashAttribute("flash", "result.deleted");
			return "redirect:/results";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
			return "redirect:/results/" + id;
		}
	}

	@PostMapping("/{id}/visibility")
	String changeVisibility(@PathVariable long id, @RequestParam Visibility to, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.results.changeVisibility(Caller.current(), id, new ChangeVisibility(to, version));
			redirect.addFlashAttribute("flash", "result.visibility.changed");
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
		}
		return "redirect:/results/" + id;
	}

	private boolean writable(Caller caller, long id) {
		try {
			this.results.writable(caller, id);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private String form(Model model, @Nullable ResultView r, Map<String, String> values,
			@Nullable Collection<String> modes, Map<String, String> errors) {
		model.addAttribute("r", r);
		model.addAttribute("values", values);
		model.addAttribute("selectedModes", modes == null ? Set.of() : Set.copyOf(modes));
		model.addAttribute("errors", errors);
		model.addAttribute("office", !Caller.current().is(org.uniregion.platform.Role.RESEARCHER));
		model.addAttribute("disciplines", disciplineOptions(values.get("discipline")));
		enums(model);
		return "result/result-form";
	}

	/**
	 * The disciplines to pick from, labelled and sorted in the page's language (the form posts the key); a value
	 * outside the vocabulary (typed in an earlier release, or imported) stays selectable as it is.
	 */
	static Map<String, String> disciplineOptions(@Nullable String current) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		Map<String, String> options = new java.util.LinkedHashMap<>();
		Disciplines.all()
			.stream()
			.sorted(java.util.Comparator.comparing((Disciplines.Discipline d) -> d.label(locale), collator))
			.forEach(d -> options.put(d.key(), d.label(locale)));
		if (current != null && !current.isBlank() && !options.containsKey(current)) {
			options.put(current, current);
		}
		return options;
	}

	static void enums(Model model) {
		model.addAttribute("types", ResultType.values());
		model.addAttribute("ipStatuses", IpStatus.values());
		model.addAttribute("transferModes", TransferMode.values());
		model.addAttribute("trls", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
		model.addAttribute("languages", List.of("zh", "en"));
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
