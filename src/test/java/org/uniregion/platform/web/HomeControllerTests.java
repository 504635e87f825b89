package org.uniregion.platform.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.HomePanel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The web layer alone (no database): views, model, language resolution and the safe language-switch redirect.
 * Security filters are left out here; they are tested end to end.
 */
@WebMvcTest(controllers = HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ AccessPolicy.class, HomeControllerTests.Panels.class })
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	static class Panels {

		@Bean
		HomePanel visiblePanel() {
			return new HomePanel() {
				@Override
				public String fragment() {
					return "error";
				}

				@Override
				public Map<String, Object> model(Caller caller) {
					return Map.of("count", 3);
				}
			};
		}

		@Bean
		HomePanel hiddenPanel() {
			return new HomePanel() {
				@Override
				public String fragment() {
					return "never";
				}

				@Override
				public Map<String, Object> model(Caller caller) {
					return null;
				}
			};
		}

	}

	@Test
	void theLoginPageSpeaksTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(view().name("login"))
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.8"))
			.andExpect(content().string(containsString("User name")))
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString("用户名")));
	}

	@Test
	void anExplicitChoiceWinsAndIsRememberedInACookie() throws Exception {
		this.mvc.perform(get("/locale").param("lang", "en").param("back", "/regions?q=wuxi").header("Accept-Language", "zh-CN"))
			.andExpect(redirectedUrl("/regions?q=wuxi"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie().value("uniregion-lang", "en"));
	}

	@Test
	void theLanguageSwitchNeverLeadsOffSite() throws Exception {
		for (String back : List.of("//evil.example/x", "https://evil.example", "/\\evil.example")) {
			this.mvc.perform(get("/locale").param("lang", "en").param("back", back)).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void theHomePageShowsOnlyPanelsWithAModel() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(view().name("home"))
			.andExpect(model().attribute("panels", hasSize(1)));
	}

}
