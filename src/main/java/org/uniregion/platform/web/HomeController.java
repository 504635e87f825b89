package org.uniregion.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.uniregion.platform.ActingFor;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	private final List<HomePanel> panels;

	private final List<ActingFor> actingFor;

	HomeController(List<HomePanel> panels, List<ActingFor> actingFor) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
		this.actingFor = actingFor;
	}

	@GetMapping("/")
	String home(Model model) {
		Caller caller = Caller.current();
		List<Map<String, Object>> shown = new ArrayList<>();
		for (HomePanel panel : this.panels) {
			Map<String, Object> m = panel.model(caller);
			if (m != null) {
				Map<String, Object> entry = new HashMap<>(m);
				entry.put("fragment", panel.fragment());
				shown.add(entry);
			}
		}
		model.addAttribute("panels", shown);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("actingFor", this.actingFor.stream().map(a -> a.name(caller, locale)).filter(Objects::nonNull).toList());
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/** The language switch: the interceptor has already stored the choice; go back where the user was. */
	@GetMapping("/locale")
	String locale(@RequestParam(defaultValue = "/") String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/");
	}

}
