package org.uniregion.result;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalog pages: published research results for every visitor, logged in or not. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

	private final ResultService results;

	private final ResultSorting sorting;

	CatalogController(ResultService results, ResultSorting sorting) {
		this.results = results;
		this.sorting = sorting;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(required = false) @Nullable Integer trl,
			@RequestParam(required = false) @Nullable String ipc,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable TransferMode transferMode,
			@PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
		Pageable checked = this.sorting.check(pageable);
		model.addAttribute("page",
				this.results.catalog(new ResultQuery(q, type, null, trl, ipc, industry, transferMode, false), checked));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("type", type);
		model.addAttribute("trl", trl);
		model.addAttribute("ipc", ipc == null ? "" : ipc);
		model.addAttribute("industry", industry == null ? "" : industry);
		model.addAttribute("transferMode", transferMode);
		model.addAttribute("sort", ResultSorting.current(checked));
		ResultController.enums(model);
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
