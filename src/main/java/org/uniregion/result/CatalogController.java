package org.uniregion.result;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;
import org.uniregion.platform.Caller;
import org.uniregion.search.SearchAnswer;
import org.uniregion.search.SearchPage;
import org.uniregion.search.SearchRequest;
import org.uniregion.search.SearchRequests;

/** The public catalog pages: published research results for every visitor, logged in or not. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

	private final ResultService results;

	private final ResultSearch search;

	CatalogController(ResultService results, ResultSearch search) {
		this.results = results;
		this.search = search;
	}

	/**
	 * The catalog is the search over published results: words, facets and sorts as on the search page, as an
	 * anonymous visitor sees them whoever is logged in.
	 */
	@GetMapping
	String list(@RequestParam MultiValueMap<String, String> params, Model model) {
		SearchRequest request = SearchRequests.from(params, this.search);
		SearchAnswer answer = this.search.search(Caller.ANONYMOUS, request, LocaleContextHolder.getLocale());
		model.addAttribute("search", SearchPage.of("/catalog", this.search, request, answer, params));
		return "result/catalog";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		ResultView r = this.results.catalogEntry(id);
		model.addAttribute("r", r);
		model.addAttribute("labels", this.results.labels(r));
		return "result/catalog-entry";
	}

}
