package org.uniregion.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.uniregion.shared.DomainException;

/**
 * The public region pages: the tree (provinces, opened lazily with htmx, or by following links without
 * JavaScript), a search with level and zone filters, and one page per region.
 */
@Controller
class RegionController {

	static final int OPTIONS = 20;

	static final int MAX_OPTION_QUERY = 40;

	private final RegionApi regions;

	private final RegionRequests requests;

	private final MessageSource messages;

	RegionController(RegionApi regions, RegionRequests requests, MessageSource messages) {
		this.regions = regions;
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping("/regions")
	String index(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String zone, @PageableDefault(size = 20) Pageable pageable,
			Model model, HttpServletResponse response) {
		RegionSearch search;
		try {
			search = this.requests.search(q, level, null, zone);
		}
		catch (InvalidRegionRequest ex) {
			return error(400, ex, model, response);
		}
		model.addAttribute("q", search.q() == null ? "" : search.q());
		model.addAttribute("level", search.level());
		model.addAttribute("zone", search.zone() == null ? "" : search.zone());
		model.addAttribute("levels", RegionView.Level.values());
		model.addAttribute("zones", this.regions.zones());
		model.addAttribute("provinceCount", this.regions.provinces().size());
		boolean searching = search.q() != null || search.level() != null || search.zone() != null;
		model.addAttribute("searching", searching);
		if (searching) {
			Page<RegionView> page = this.regions.search(search, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, String> places = new LinkedHashMap<>();
			page.forEach(r -> places.put(r.code(), place(r, locale)));
			model.addAttribute("page", page);
			model.addAttribute("places", places);
		}
		else {
			tree(this.regions.provinces(), model);
			model.addAttribute("provinceNames", names(this.regions.provinces()));
		}
		return "region/index";
	}

	@GetMapping("/regions/{code}")
	String region(@PathVariable String code, Model model, HttpServletResponse response) {
		RegionView region;
		try {
			region = this.requests.region(code);
		}
		catch (DomainException ex) {
			return error(ex, model, response);
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<List<String>> crumbs = new ArrayList<>();
		crumbs.add(List.of(this.messages.getMessage("region.title", null, locale), "/regions"));
		for (RegionView up : this.regions.ancestors(code)) {
			crumbs.add(List.of(up.name(locale), "/regions/" + up.code()));
		}
		crumbs.add(List.of(region.name(locale), ""));
		model.addAttribute("region", region);
		model.addAttribute("crumbs", crumbs);
		model.addAttribute("parent", region.parentCode() == null ? null : this.regions.find(region.parentCode()).orElse(null));
		model.addAttribute("zones", region.zones().stream().map(this.regions::zone).flatMap(Optional::stream).toList());
		tree(this.regions.children(code), model);
		return "region/detail";
	}

	/**
	 * The regions below {@code code} as a piece of the tree, for htmx; a plain request (no JavaScript) is sent
	 * to the region's page, which lists them too.
	 */
	@GetMapping("/regions/{code}/children")
	String children(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, HttpServletResponse response) {
		RegionView region;
		try {
			region = this.requests.region(code);
		}
		catch (DomainException ex) {
			return error(ex, model, response);
		}
		if (htmx == null) {
			return "redirect:/regions/" + region.code() + "#children";
		}
		model.addAttribute("region", region);
		tree(this.regions.children(code), model);
		return "region/tree :: children";
	}

	/**
	 * The region picker's options (public reference data, so anonymous forms may use it too): the regions whose
	 * code starts with, or whose Chinese or English name contains, what was typed, as {@code <option>}s for the
	 * field's {@code <datalist>}. The query is {@code q}; a picker field sends its own value under its own name, so
	 * without {@code q} the first non-blank parameter is taken.
	 */
	@GetMapping("/regions/options")
	String options(@RequestParam MultiValueMap<String, String> params, Model model) {
		String q = params.getFirst("q");
		if (q == null) {
			q = params.values().stream().flatMap(List::stream).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
		}
		q = q == null ? "" : q.strip();
		if (q.length() > MAX_OPTION_QUERY) {
			q = q.substring(0, MAX_OPTION_QUERY);
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<RegionView> found = q.isEmpty() ? List.of()
				: this.regions.search(new RegionSearch(q, null, null, null), PageRequest.of(0, OPTIONS)).getContent();
		Map<String, String> options = new LinkedHashMap<>();
		found.forEach(r -> options.put(r.code(), optionLabel(r, locale)));
		model.addAttribute("options", options);
		return "region/picker :: options";
	}

	/** "无锡市 (Wuxi) · 江苏省 / 无锡市", so that both languages' names show whichever the user typed. */
	private String optionLabel(RegionView r, Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? r.nameZh() : r.nameEn();
		return r.name(locale) + (other == null || other.equals(r.name(locale)) ? "" : " (" + other + ")") + " · " + place(r, locale);
	}

	/*
	 * Bad and unknown codes are answered here rather than by an @ExceptionHandler: an exception handler's view
	 * does not get the layout's model attributes (caller, nav, url), so the layout could not be rendered.
	 */
	private String error(DomainException ex, Model model, HttpServletResponse response) {
		return error(ex instanceof InvalidRegionRequest ? 400 : 404, ex, model, response);
	}

	private String error(int status, DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale()));
		return "error";
	}

	/** "Jiangsu / Wuxi / Binhu District" in the user's language (Chinese names where no English one is known). */
	private String place(RegionView region, Locale locale) {
		StringBuilder path = new StringBuilder();
		for (RegionView up : this.regions.ancestors(region.code())) {
			path.append(up.name(locale)).append(" / ");
		}
		return path.append(region.name(locale)).toString();
	}

	private static Map<String, RegionView> names(List<RegionView> regions) {
		Map<String, RegionView> byCode = new LinkedHashMap<>();
		regions.forEach(r -> byCode.put(r.code(), r));
		return byCode;
	}

	/** The nodes to show, and how many regions lie directly below each (0: a leaf, shown as a plain link). */
	private void tree(List<RegionView> nodes, Model model) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		nodes.forEach(n -> counts.put(n.code(), this.regions.children(n.code()).size()));
		model.addAttribute("nodes", nodes);
		model.addAttribute("counts", counts);
	}

}
