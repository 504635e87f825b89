package org.uniregion.partner;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PartnerDocumentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient.Response upload(TestUsers user, long agreementId, String fileName, String contentType, byte[] content) {
		String boundary = "----partner" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/agreements/" + agreementId + "/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return ApiClient.as(user, this.port).send(request);
	}

	long demoAgreement(String titlePart) {
		return this.jdbc.queryForObject("select id from agreement where demo and title like ? order by id limit 1",
				Long.class, "%" + titlePart + "%");
	}

	int documents() {
		return this.jdbc.queryForObject("select count(*) from agreement_document", Integer.class);
	}

	@Test
	void uploadsDownloadsAndDeletesADocument() {
		long id = demoAgreement("无锡市校地科技合作框架协议");
		byte[] pdf = PartnerFixtures.pdf();
		var created = upload(TestUsers.STAFF, id, "../合作协议 2025.pdf", "application/pdf", pdf);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long docId = created.json().get("id").asLong();
		assertThat(created.json().get("fileName").asString()).isEqualTo("合作协议 2025.pdf");
		assertThat(created.json().get("size").asLong()).isEqualTo(pdf.length);
		assertThat(created.json().get("sha256").asString()).isEqualTo(DocumentService.sha256(pdf));

		var listed = ApiClient.as(TestUsers.WUXI, this.port).get("/api/v1/agreements/" + id + "/documents");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).contains("合作协议 2025.pdf");

		// The region partner may download a document of its region's agreement…
		var download = ApiClient.as(TestUsers.WUXI, this.port).send("GET",
				"/api/v1/agreements/" + id + "/documents/" + docId, null, "*/*");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		// … but neither delete it nor upload.
		assertThat(ApiClient.as(TestUsers.WUXI, this.port).delete("/api/v1/agreements/" + id + "/documents/" + docId).status())
			.isEqualTo(403);
		assertThat(upload(TestUsers.WUXI, id, "x.pdf", "application/pdf", pdf).status()).isEqualTo(403);
		// The enterprise does not see the Wuxi region's agreement at all, nor its documents.
		assertThat(ApiClient.as(TestUsers.ENTERPRISE, this.port).send("GET",
				"/api/v1/agreements/" + id + "/documents/" + docId, null, "*/*").status()).isEqualTo(404);
		// A document id of another agreement is not found under this one.
		long hebei = demoAgreement("河北省校地合作协议");
		assertThat(ApiClient.as(TestUsers.STAFF, this.port).send("GET",
				"/api/v1/agreements/" + hebei + "/documents/" + docId, null, "*/*").status()).isEqualTo(404);

		assertThat(ApiClient.as(TestUsers.STAFF, this.port).delete("/api/v1/agreements/" + id + "/documents/" + docId).status())
			.isEqualTo(204);
		assertThat(ApiClient.as(TestUsers.STAFF, this.port).send("GET",
				"/api/v1/agreements/" + id + "/documents/" + docId, null, "*/*").status()).isEqualTo(404);
	}

	@Test
	void acceptsEveryKnownKind() {
		long id = demoAgreement("云南省校地科技合作协议");
		Map<String, byte[]> files = Map.of("a.png", PartnerFixtures.png(), "a.jpg", PartnerFixtures.jpeg(), "a.docx",
				PartnerFixtures.docx(), "a.xlsx", PartnerFixtures.xlsx(), "a.txt", PartnerFixtures.text());
		files.forEach((name, content) -> {
			var r = upload(TestUsers.ADMIN, id, name, "application/octet-stream", content);
			assertThat(r.status()).as(name + " " + r.body()).isEqualTo(201);
		});
	}

	@Test
	void refusesMistypedAndOversizedUploadsAndStoresNothing() {
		long id = demoAgreement("无锡市校地科技合作框架协议");
		int before = documents();
		var exe = upload(TestUsers.STAFF, id, "agreement.pdf", "application/pdf", PartnerFixtures.exe());
		assertThat(exe.status()).isEqualTo(422);
		assertThat(exe.json().get("detail").asString()).contains("not accepted");
		var html = upload(TestUsers.STAFF, id, "agreement.pdf", "application/pdf", PartnerFixtures.html());
		assertThat(html.status()).isEqualTo(422);
		var htmlAsText = upload(TestUsers.STAFF, id, "notes.txt", "text/plain", PartnerFixtures.html());
		assertThat(htmlAsText.status()).isEqualTo(422);
		var pdfAsPng = upload(TestUsers.STAFF, id, "scan.png", "image/png", PartnerFixtures.pdf());
		assertThat(pdfAsPng.status()).isEqualTo(422);
		assertThat(pdfAsPng.json().get("detail").asString()).contains("does not match");
		var declaredWrong = upload(TestUsers.STAFF, id, "a.pdf", "text/html", PartnerFixtures.pdf());
		assertThat(declaredWrong.status()).isEqualTo(422);
		var empty = upload(TestUsers.STAFF, id, "a.pdf", "application/pdf", new byte[0]);
		assertThat(empty.status()).isEqualTo(422);

		byte[] big = Arrays.copyOf(PartnerFixtures.pdf(), 10 * 1024 * 1024 + 100 * 1024);
		var oversized = upload(TestUsers.STAFF, id, "big.pdf", "application/pdf", big);
		assertThat(oversized.status()).isEqualTo(413);
		assertThat(oversized.json().get("detail").asString()).contains("too large").contains("10 MB");
		assertThat(documents()).isEqualTo(before);
	}

}
