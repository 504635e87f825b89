package org.uniregion.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;

/**
 * What the layout needs on every page: who is logged in, which parts of the navigation to show, and a
 * helper to build links that keep the current filters.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LayoutModelAdvice {

	private final AccessPolicy policy;

	LayoutModelAdvice(AccessPolicy policy) {
		this.policy = policy;
	}

	@ModelAttribute("caller")
	Caller caller() {
		return Caller.current();
	}

	@ModelAttribute("nav")
	Navigation navigation() {
		return navigation(this.policy);
	}

	@ModelAttribute("url")
	CurrentUrl url() {
		return new CurrentUrl();
	}

	/**
	 * The same attributes for views rendered by exception handlers, which model-attribute methods do not reach.
	 */
	static void populate(org.springframework.ui.Model model, AccessPolicy policy) {
		model.addAttribute("caller", Caller.current());
		model.addAttribute("nav", navigation(policy));
		model.addAttribute("url", new CurrentUrl());
	}

	private static Navigation navigation(AccessPolicy policy) {
		Caller c = Caller.current();
		return new Navigation(policy.mayRead(c, Resource.ORGANIZATION), policy.mayRead(c, Resource.AGREEMENT),
				policy.mayRead(c, Resource.AUDIT_TRAIL), policy.mayRead(c, Resource.RESEARCH_RESULT),
				policy.mayRead(c, Resource.DEMAND), policy.mayRead(c, Resource.SEARCH_INDEX),
				policy.mayRead(c, Resource.LEAD), policy.mayWrite(c, Resource.IMPORT_JOB));
	}

	record Navigation(boolean organizations, boolean agreements, boolean audit, boolean results, boolean demands,
			boolean searchIndex, boolean leads, boolean imports) {
	}

}
