package org.uniregion.demand;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
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
 * The demand pages: the list with search, filters and sorting; the forms; the detail page with its status
 * buttons; and the office's moderation queue of public submissions.
 */
@Controller
@RequestMapping("/demands")
class DemandController {

	private final DemandService demands;

	private final AccessPolicy policy;

	private final DemandQueries queries;

	private final DemandFormErrors formErrors;

	DemandController(DemandService demands, AccessPolicy policy, DemandQueries queries, DemandFormErrors formErrors) {
		this.demands = demands;
		this.policy = policy;
		this.queries = queries;
		this.formErrors = formErrors;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable DemandStatus status,
			@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable DemandSource source,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
		Caller caller = Caller.current();
		Pageable checked = this.queries.checkSort(pageable);
		model.addAttribute("page", this.demands.list(caller, new DemandQuery(q, status, region, industry, source), checked));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", status);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("industry", industry == null ? "" : industry);
		model.addAttribute("source", source);
		model.addAttribute("statuses", DemandStatus.values());
		model.addAttribute("sources", DemandSource.values());
		model.addAttribute("sort", DemandQueries.current(checked));
		model.addAttribute("mayWrite", this.policy.mayWrite(caller, Resource.DEMAND));
		model.addAttribute("moderates", DemandService.moderates(caller));
		return "demand/list";
	}

	@GetMapping("/moderation")
	String moderation(@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.ASC) Pageable pageable,
			Model model) {
		Caller caller = Caller.current();
		requireModerator(caller);
		Pageable checked = this.queries.checkSort(pageable);
		model.addAttribute("page", this.demands.list(caller,
				new DemandQuery(null, DemandStatus.SUBMITTED, null, null, DemandSource.PUBLIC), checked));
		model.addAttribute("sort", DemandQueries.current(checked));
		return "demand/moderation";
	}

	@PostMapping("/moderation/{id}")
	String moderate(@PathVariable long id, @RequestParam DemandStatus to, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		requireModerator(caller);
		try {
			this.demands.transition(caller, id, new ChangeDemandStatus(to, version, reason));
			redirect.addFlashAttribute("flash", to == DemandStatus.OPEN ? "demand.moderation.approved" : "demand.moderation.rejected");
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
		}
		return "redirect:/demands/moderation";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		Caller caller = Caller.current();
		this.policy.requireWrite(caller, Resource.DEMAND);
		Map<String, String> values = new HashMap<>();
		if (caller.regionCode() != null) {
			values.put("regionCode", caller.regionCode());
		}
		return form(model, null, values, Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") SaveDemand form, BindingResult result, @RequestParam Map<String, String> values,
			Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.policy.requireWrite(caller, Resource.DEMAND);
		Map<String, String> errors = this.formErrors.of(result, result.hasErrors() ? null : form);
		if (!errors.isEmpty()) {
			return form(model, null, values, errors);
		}
		try {
			DemandView created = this.demands.create(caller, form);
			redirect.addFlashAttribute("flash", "demand.created");
			return "redirect:/demands/" + created.id();
		}
		catch (BusinessRuleException ex) {
			return form(model, null, values, this.formErrors.of(ex));
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		DemandView d = this.demands.get(caller, id);
		model.addAttribute("d", d);
		boolean writable = this.policy.mayWrite(caller, Resource.DEMAND);
		if (writable) {
			try {
				this.demands.writable(caller, id);
			}
			catch (AccessDeniedException ex) {
				writable = false;
			}
		}
		model.addAttribute("mayWrite", writable);
		model.addAttribute("moderates", DemandService.moderates(caller));
		return "demand/detail";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		this.demands.writable(caller, id);
		DemandView d = this.demands.get(caller, id);
		Map<String, String> values = new HashMap<>();
		values.put("title", d.title());
		values.put("text", d.text());
		values.put("industryCode", nz(d.industryCode()));
		values.put("regionCode", d.regionCode());
		values.put("budget", d.budget() == null ? "" : d.budget().toPlainString());
		values.put("deadline", d.deadline() == null ? "" : d.deadline().toString());
		values.put("contactName", d.contactName());
		values.put("contactPhone", nz(d.contactPhone()));
		values.put("contactEmail", nz(d.contactEmail()));
		values.put("version", String.valueOf(d.version()));
		return form(model, d, values, Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SaveDemand form, BindingResult result,
			@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
		Caller caller = Caller.current();
		this.demands.writable(caller, id);
		DemandView d = this.demands.get(caller, id);
		Map<String, String> errors = this.formErrors.of(result, result.hasErrors() ? null : form);
		if (!errors.isEmpty()) {
			return form(model, d, values, errors);
		}
		try {
			this.demands.update(caller, id, form);
			redirect.addFlashAttribute("flash", "demand.saved");
			return "redirect:/demands/" + id;
		}
		catch (BusinessRuleException | ConflictException ex) {
			return form(model, d, values, this.formErrors.of(ex));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.demands.delete(Caller.current(), id);
			redirect.addFlashAttribute("flash", "demand.deleted");
			return "redirect:/demands";
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
			return "redirect:/demands/" + id;
		}
	}

	@PostMapping("/{id}/status")
	String transition(@PathVariable long id, @RequestParam DemandStatus to, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			this.demands.transition(Caller.current(), id, new ChangeDemandStatus(to, version, reason));
			redirect.addFlashAttribute("flash", "demand.transitioned");
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", this.formErrors.message(ex));
		}
		return "redirect:/demands/" + id;
	}

	private String form(Model model, @Nullable DemandView d, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("d", d);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "demand/form";
	}

	private static void requireModerator(Caller caller) {
		if (!DemandService.moderates(caller)) {
			throw new AccessDeniedException("Only the office moderates public demands");
		}
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
