package org.uniregion.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.Caller;
import org.uniregion.shared.ConflictException;

/** The search page (every catalog the caller may search) and the index administration page. */
@Controller
class SearchController {

	private final Catalogs catalogs;

	private final SearchIndex index;

	SearchController(Catalogs catalogs, SearchIndex index) {
		this.catalogs = catalogs;
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String kind,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		Caller caller = Caller.current();
		CatalogSearch catalog = this.catalogs.get(caller, kind);
		params.set("kind", catalog.kind());
		SearchRequest request = SearchRequests.from(params, catalog);
		SearchAnswer answer = catalog.search(caller, request, LocaleContextHolder.getLocale());
		model.addAttribute("search", SearchPage.of("/search", catalog, request, answer, params));
		List<String> kinds = this.catalogs.available(caller).stream().map(CatalogSearch::kind).toList();
		model.addAttribute("kinds", kinds);
		return "search/search";
	}

	@GetMapping("/admin/search")
	String admin(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("status", this.index.status(Caller.current()));
		return htmx != null ? "search/index :: status" : "search/index";
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		try {
			this.index.rebuild(Caller.current());
			redirect.addFlashAttribute("flash", "search.rebuild.started");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flash", "search.rebuild.running");
		}
		return "redirect:/admin/search";
	}

}
