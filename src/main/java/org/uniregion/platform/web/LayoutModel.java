package org.uniregion.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;

/**
 * What the layout needs on every page: who is logged in, which parts of the navigation to show, and a
 * helper to build links that keep the current filters.
 * <p>
 * Added after the controller, only when it renders a view: an API answer or a redirect needs none of it. (As
 * model-attribute methods of a controller advice they ran for every API call too, and Spring made three handler
 * methods with their annotations looked up on every request.)
 */
class LayoutModel implements HandlerInterceptor {

	private final AccessPolicy policy;

	LayoutModel(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView mav) {
		if (mav != null && !mav.wasCleared() && !redirects(mav)) {
			mav.getModelMap().mergeAttributes(attributes(this.policy));
		}
	}

	/** Whether the view is a redirect, or a forward to another handler (which gets the layout's model itself). */
	private static boolean redirects(ModelAndView mav) {
		String name = mav.getViewName();
		if (name != null) {
			return name.startsWith("redirect:") || name.startsWith("forward:");
		}
		return mav.getView() instanceof SmartView view && view.isRedirectView();
	}

	/** The same attributes for views rendered by exception handlers, which interceptors do not reach. */
	static void populate(Model model, AccessPolicy policy) {
		model.addAllAttributes(attributes(policy));
	}

	private static Map<String, Object> attributes(AccessPolicy policy) {
		return Map.of("caller", Caller.current(), "nav", navigation(policy), "url", new CurrentUrl());
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
