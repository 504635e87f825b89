package org.uniregion.partner;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uniregion.region.RegionApi;
import org.uniregion.region.RegionSearch;

/**
 * The region picker of the partner forms: as the user types a name or a code, htmx fetches the matching
 * regions as options of the field's datalist.
 */
@Controller
class RegionOptionsController {

	private final RegionApi regions;

	RegionOptionsController(RegionApi regions) {
		this.regions = regions;
	}

	@GetMapping("/partner/region-options")
	String options(@RequestParam(name = "regionCode", required = false) @Nullable String q, Model model) {
		model.addAttribute("options", q == null || q.isBlank() ? java.util.List.of()
				: this.regions.search(new RegionSearch(q.trim(), null, null, null), PageRequest.of(0, 20)).getContent());
		return "partner/region-options :: options";
	}

}
