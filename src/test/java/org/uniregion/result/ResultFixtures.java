package org.uniregion.result;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;

/** Test data for research results: request bodies, a second researcher, and direct look-ups. */
final class ResultFixtures {

	static final String OTHER_RESEARCHER = "researcher2";

	private ResultFixtures() {
	}

	static Map<String, Object> body(String title) {
		Map<String, Object> m = new HashMap<>();
		m.put("type", "PATENT");
		m.put("title", title);
		m.put("abstractText", "一种测试用的语义检索方法。");
		m.put("keywords", List.of("语义检索", "测试"));
		m.put("discipline", "计算机科学");
		m.put("ipcClasses", List.of("g06f 16/35"));
		m.put("industries", List.of("6513"));
		m.put("trl", 5);
		m.put("ipStatus", "FILED");
		m.put("ipNumbers", List.of("CN202510000099"));
		m.put("researchers", List.of("张三", "李四"));
		m.put("lab", "测试实验室");
		m.put("department", "计算机系");
		m.put("transferModes", List.of("LICENSE", "ASSIGNMENT"));
		m.put("askingTerms", "面议");
		m.put("askingAmount", 100000);
		m.put("language", "zh");
		return m;
	}

	/** A second researcher (created once), as the platform's own security tests create users. */
	static void ensureOtherResearcher(JdbcTemplate jdbc, PasswordEncoder encoder) {
		jdbc.update("insert into app_user (username, password_hash, display_name, role) values (?, ?, ?, 'RESEARCHER') "
				+ "on conflict do nothing", OTHER_RESEARCHER, encoder.encode(TestUsers.PASSWORD), "Second test researcher");
	}

	/** A personal access token of the second researcher, obtained through the API as a script would. */
	static String otherResearcherToken(int port) {
		String basic = Base64.getEncoder()
			.encodeToString((OTHER_RESEARCHER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"result tests\"}")));
		if (r.status() != 201) {
			throw new IllegalStateException("No token for the second researcher: " + r.status() + " " + r.body());
		}
		return r.json().get("secret").asString();
	}

	/** A request of the second researcher. */
	static ApiClient.Response asOther(int port, String token, String method, String path, String json) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Accept-Language", "en");
		if (json == null) {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return ApiClient.as(TestUsers.ANONYMOUS, port).send(b);
	}

	static long demoId(JdbcTemplate jdbc, String visibility) {
		Long id = jdbc.queryForObject("select min(id) from research_result where demo and visibility = ?", Long.class, visibility);
		if (id == null) {
			throw new IllegalStateException("No demo result in " + visibility);
		}
		return id;
	}

	static long freshDraft(JdbcTemplate jdbc, String ownerUsername) {
		Long id = jdbc.queryForObject("insert into research_result (type, title, language, owner_id, owner_name, visibility) "
				+ "select 'PATENT', '测试草稿成果', 'zh', id, username, 'DRAFT' from app_user where username = ? returning id",
				Long.class, ownerUsername);
		if (id == null) {
			throw new IllegalStateException("No draft");
		}
		return id;
	}

}
