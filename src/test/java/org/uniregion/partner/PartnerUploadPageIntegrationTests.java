package org.uniregion.partner;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;
import org.uniregion.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the agreement page's form, sent as a browser sends it: multipart, to the form's action,
 * with its hidden CSRF field. An oversized file brings the user back to the agreement with a message in
 * their language, and nothing is stored.
 */
@IntegrationTest
class PartnerUploadPageIntegrationTests {

	private static final Pattern UPLOAD_FORM = Pattern.compile("<form[^>]*enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	long agreement(String title) {
		var created = ApiClient.as(TestUsers.STAFF, this.port).post("/api/v1/agreements",
				PartnerApiIntegrationTests.agreement(title, "320205", "2025-01-01", "2025-02-01", "2027-01-31"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	int documents(long agreementId) {
		return this.jdbc.queryForObject("select count(*) from agreement_document where agreement_id = ?", Integer.class,
				agreementId);
	}

	/** The upload form's action as the page renders it (with the CSRF token in its query, see the template). */
	static String uploadAction(WebSession.Page page) {
		Matcher m = UPLOAD_FORM.matcher(page.body());
		assertThat(m.find()).as("the page has an upload form").isTrue();
		return m.group(1).replace("&amp;", "&");
	}

	/** A multipart POST as a browser sends the form: the file, and the hidden CSRF field when given. */
	static WebSession.Page post(WebSession session, int port, String action, @Nullable String csrfField,
			@Nullable String csrfHeader, String fileName, byte[] content) {
		String boundary = "----upload" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrfField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfField
					+ "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (csrfHeader != null) {
			request.header("X-CSRF-TOKEN", csrfHeader);
		}
		return session.send(request);
	}

	static byte[] pdfOfSize(int bytes) {
		return Arrays.copyOf(PartnerFixtures.pdf(), bytes);
	}

	static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
	}

	@Test
	void aSmallFileIsStoredThroughTheForm() {
		long id = agreement("表单上传测试协议");
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page page = staff.get("/agreements/" + id);
		var posted = post(staff, this.port, uploadAction(page), page.csrf(), null, "协议.pdf", PartnerFixtures.pdf());
		assertThat(posted.status()).isEqualTo(302);
		assertThat(path(posted.location())).isEqualTo("/agreements/" + id);
		assertThat(staff.get("/agreements/" + id).body()).contains("The document was uploaded.").contains("协议.pdf");
		assertThat(documents(id)).isEqualTo(1);
	}

	@Test
	void anOversizedFileBringsTheUserBackWithAMessageAndStoresNothing() {
		long id = agreement("表单超大上传测试协议");
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		WebSession.Page page = staff.get("/agreements/" + id);
		String action = uploadAction(page);
		assertThat(action).startsWith("/agreements/" + id + "/documents?_csrf=");

		// 10.5 MB: over the file limit (10 MB), within the request limit.
		var justOver = post(staff, this.port, action, page.csrf(), null, "big.pdf", pdfOfSize(10 * 1024 * 1024 + 512 * 1024));
		assertThat(justOver.status()).isEqualTo(303);
		assertThat(path(justOver.location())).isEqualTo("/agreements/" + id);
		WebSession.Page back = staff.get(path(justOver.location()));
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.body()).contains("表单超大上传测试协议").contains("The file is too large: at most 10 MB are accepted.")
			.contains("role=\"alert\"");
		// The message is a flash: shown once, not again on reload.
		assertThat(staff.get("/agreements/" + id).body()).doesNotContain("The file is too large");

		// 30 MB: over the request limit too; the CSRF token as a header this time (as htmx sends it).
		var far = post(staff, this.port, "/agreements/" + id + "/documents", null, page.csrf(), "huge.pdf",
				pdfOfSize(30 * 1024 * 1024));
		assertThat(far.status()).isEqualTo(303);
		assertThat(staff.get(path(far.location())).body()).contains("The file is too large: at most 10 MB are accepted.");
		assertThat(documents(id)).isZero();
	}

	@Test
	void theMessageIsInTheUsersLanguage() {
		long id = agreement("表单超大上传中文测试协议");
		WebSession staff = WebSession.as(TestUsers.STAFF, this.port);
		assertThat(staff.get("/agreements?lang=zh-CN").status()).isEqualTo(200);
		WebSession.Page page = staff.get("/agreements/" + id);
		var posted = post(staff, this.port, uploadAction(page), page.csrf(), null, "大文件.pdf", pdfOfSize(30 * 1024 * 1024));
		assertThat(posted.status()).isEqualTo(303);
		assertThat(staff.get(path(posted.location())).body()).contains("文件过大：最大 10 MB。");
		assertThat(documents(id)).isZero();
	}

	@Test
	void aRegionPartnerMayNotUploadThroughTheForm() {
		long id = agreement("表单上传权限测试协议");
		WebSession wuxi = WebSession.as(TestUsers.WUXI, this.port);
		WebSession.Page page = wuxi.get("/agreements/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("enctype=\"multipart/form-data\"");
		var small = post(wuxi, this.port, "/agreements/" + id + "/documents", null, page.csrf(), "a.pdf", PartnerFixtures.pdf());
		assertThat(small.status()).isEqualTo(403);
		assertThat(documents(id)).isZero();
	}

}
