package org.uniregion.lead;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;

/** The office's pages of leads: the list with filters, one lead with its status change. */
@Controller
@RequestMapping("/leads")
class LeadController {

	private final LeadService leads;

	private final AccessPolicy policy;

	LeadController(LeadService leads, AccessPolicy policy) {
		this.leads = leads;
		this.policy = policy;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable LeadStatus status,
			@RequestParam(required = false) @Nullable Boolean spam, @RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
		Pageable checked = this.leads.checkSort(pageable);
		model.addAttribute("page", this.leads.list(Caller.current(), status, spam, q, checked));
		model.addAttribute("status", status);
		model.addAttribute("spam", spam == null ? "" : spam.toString());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("sort", LeadService.currentSort(checked));
		model.addAttribute("statuses", List.of(LeadStatus.values()));
		return "lead/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Caller caller = Caller.current();
		model.addAttribute("lead", this.leads.get(caller, id));
		model.addAttribute("mayChange", this.policy.mayWrite(caller, Resource.LEAD));
		return "lead/detail";
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam LeadStatus to, @RequestParam long version,
			RedirectAttributes redirect) {
		this.leads.changeStatus(Caller.current(), id, new ChangeLeadStatus(to, version));
		redirect.addFlashAttribute("flash", "lead.status.changed");
		return "redirect:/leads/" + id;
	}

}
