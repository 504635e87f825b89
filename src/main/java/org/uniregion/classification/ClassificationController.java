package org.uniregion.classification;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public classification page (one search box for industries, one for IPC, paginated results) and the
 * picker partials: {@code <option>} lists that htmx puts into a field's {@code <datalist>} as the user types.
 * See {@code templates/classification/pickers.html} for the picker fields other forms include.
 */
@Controller
class ClassificationController {

	static final int OPTIONS = 20;

	private final ClassificationCatalog catalog;

	private final MessageSource messages;

	ClassificationController(ClassificationCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/classifications")
	String index(@RequestParam(defaultValue = "industry") String kind, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String section,
			@PageableDefault(size = 20) Pageable pageable, Model model, HttpServletResponse response) {
		boolean ipc = "ipc".equals(kind);
		model.addAttribute("kind", ipc ? "ipc" : "industry");
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("level", level == null ? "" : level.strip());
		model.addAttribute("section", section == null ? "" : section.strip());
		model.addAttribute("ipcLevels", IpcView.Level.values());
		model.addAttribute("sections", List.of("A", "B", "C", "D", "E", "F", "G", "H"));
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100));
		try {
			String query = ClassificationRequests.query(q);
			if (ipc) {
				model.addAttribute("page", this.catalog.searchIpc(query, ClassificationRequests.ipcLevel(level),
						ClassificationRequests.section(section), page));
			}
			else {
				model.addAttribute("page", this.catalog.searchIndustries(query, ClassificationRequests.industryLevel(level), page));
			}
		}
		catch (InvalidClassificationRequest ex) {
			// Answered here: an exception handler's view would not get the layout's model attributes.
			response.setStatus(400);
			model.addAttribute("status", 400);
			model.addAttribute("message", this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale()));
			return "error";
		}
		return "classification/index";
	}

	/**
	 * Industry options for a picker. The query is {@code q}; a picker field sends its own value under its own
	 * name, so without {@code q} the first non-blank parameter is taken. A field that holds a list of codes
	 * (“3841, 65”) is completed in its last code: the options keep the codes before it.
	 */
	@GetMapping("/classifications/industries/options")
	String industryOptions(@RequestParam MultiValueMap<String, String> params, Model model) {
		Picked p = picked(params);
		model.addAttribute("prefix", p.prefix());
		List<IndustryView> options = p.query() == null ? List.of()
				: this.catalog.searchIndustries(p.query(), null, PageRequest.of(0, OPTIONS)).getContent();
		java.util.Map<String, String> english = new java.util.HashMap<>();
		options.forEach(e -> {
			String en = this.catalog.industryEnglishName(e.code());
			if (en != null) {
				english.put(e.code(), en);
			}
		});
		model.addAttribute("options", options);
		model.addAttribute("english", english);
		return "classification/pickers :: industryOptions";
	}

	/** IPC options for a picker; the query as for {@link #industryOptions}. */
	@GetMapping("/classifications/ipc/options")
	String ipcOptions(@RequestParam MultiValueMap<String, String> params, Model model) {
		Picked p = picked(params);
		model.addAttribute("prefix", p.prefix());
		model.addAttribute("options", p.query() == null ? List.of()
				: this.catalog.searchIpc(p.query(), null, null, PageRequest.of(0, OPTIONS)).getContent());
		return "classification/pickers :: ipcOptions";
	}

	/** What to look up (the last code of the field), and the codes before it, kept in every option. */
	record Picked(@Nullable String query, String prefix) {
	}

	static Picked picked(MultiValueMap<String, String> params) {
		String q = params.getFirst("q");
		if (q == null) {
			q = params.values().stream().flatMap(List::stream).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
		}
		if (q == null || q.isBlank()) {
			return new Picked(null, "");
		}
		int comma = Math.max(q.lastIndexOf(','), q.lastIndexOf('，'));
		String prefix = comma < 0 ? "" : q.substring(0, comma).strip() + ", ";
		String last = q.substring(comma + 1).strip();
		if (last.isEmpty()) {
			return new Picked(null, prefix);
		}
		return new Picked(last.length() > ClassificationRequests.MAX_QUERY ? last.substring(0, ClassificationRequests.MAX_QUERY)
				: last, prefix);
	}

}
