package org.uniregion.bulk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.support.ApiClient;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.TestUsers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BulkIntegrationTests {

	static final String RESULT_HEADER = "type,title,abstract,keywords,ipc_classes,industries,trl,transfer_modes\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	JsonNode awaitDone(ApiClient client, String location) {
		return Uploads.awaitDone(client, location);
	}

	long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	@Test
	void brokenCsvReportsEachBadRowAndColumnAndImportsNothing() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String csv = RESULT_HEADER + "PATENT,坏文件好行,摘要,a,G06F16/35,6513,5,LICENSE\n"
				+ "NONSENSE,坏文件一,,,,,,\n" + "PATENT,坏文件二,,,,,12,\n" + "PATENT,坏文件三,,,X99Z,,,\n"
				+ "PATENT,,,,,,,\n";
		ApiClient.Response r = Uploads.upload(staff, "RESULTS", "broken.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		JsonNode job = awaitDone(staff, r.header("Location"));
		assertThat(job.path("status").asString()).isEqualTo("INVALID");
		assertThat(job.path("errorCount").asInt()).isEqualTo(4);
		String report = staff.send("GET", r.header("Location") + "/report", null, "text/csv").body();
		assertThat(report).contains("3,type,").contains("4,trl,").contains("5,ipc_classes,").contains("6,title,");
		assertThat(report).doesNotContain("\n2,");
		assertThat(staff.post(r.header("Location") + "/commit", null).status()).isEqualTo(409);
		assertThat(count("select count(*) from research_result where title like '坏文件%'")).isZero();
		assertThat(staff.delete(r.header("Location")).status()).isEqualTo(204);
	}

	@Test
	void gbkCsvWithChineseTextIsImported() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String csv = "标题,需求描述,地区,联系人,联系电话,行业\nGBK需求一,需要一种节能的纺织印染工艺,320200,张三,0510-12345678,17\n";
		ApiClient.Response r = Uploads.upload(staff, "DEMANDS", "gbk.csv", csv.getBytes(Charset.forName("GBK")), null);
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		assertThat(r.json().path("encoding").asString()).isEqualTo("GB18030");
		JsonNode job = awaitDone(staff, r.header("Location"));
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("VALID");
		assertThat(staff.post(r.header("Location") + "/commit", null).status()).isEqualTo(202);
		assertThat(awaitDone(staff, r.header("Location")).path("status").asString()).isEqualTo("IMPORTED");
		assertThat(count("select count(*) from demand where title = 'GBK需求一' and text like '%纺织印染%'")).isEqualTo(1);
	}

	static byte[] xlsx(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet("data");
			for (int i = 0; i < rows.length; i++) {
				var row = sheet.createRow(i);
				for (int j = 0; j < rows[i].length; j++) {
					row.createCell(j).setCellValue(rows[i][j]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The same XLSX with one entry's content replaced. */
	static byte[] replace(byte[] xlsx, String entryName, byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(e.getName().equals(entryName) ? content : in.readAllBytes());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void xlsxImportByAResearcherCreatesItsOwnDrafts() throws Exception {
		ApiClient researcher = ApiClient.as(TestUsers.RESEARCHER, this.port);
		byte[] file = xlsx(new String[][] { { "类型", "标题", "技术成熟度", "所有者" }, { "SOFTWARE_COPYRIGHT", "表格导入成果", "4", "staff" } });
		ApiClient.Response r = Uploads.upload(researcher, "RESULTS", "results.xlsx", file, null);
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		assertThat(r.json().path("format").asString()).isEqualTo("XLSX");
		assertThat(awaitDone(researcher, r.header("Location")).path("status").asString()).isEqualTo("VALID");
		researcher.post(r.header("Location") + "/commit", null);
		assertThat(awaitDone(researcher, r.header("Location")).path("status").asString()).isEqualTo("IMPORTED");
		assertThat(this.jdbc.queryForObject(
				"select u.username || '/' || r.visibility from research_result r join app_user u on u.id = r.owner_id where r.title = '表格导入成果'",
				String.class)).isEqualTo("researcher/DRAFT");
		// A researcher may not import demands; an enterprise never sees another user's job.
		assertThat(Uploads.upload(researcher, "DEMANDS", "d.xlsx", file, null).status()).isEqualTo(403);
		assertThat(ApiClient.as(TestUsers.ENTERPRISE, this.port).get(r.header("Location")).status()).isEqualTo(404);
	}

	@Test
	void xlsxWithXmlEntitiesOrAZipBombOrAnUnknownFormatIsRefusedAndNothingStored() throws Exception {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		long before = count("select count(*) from import_job");
		byte[] file = xlsx(new String[][] { { "type", "title" }, { "PATENT", "x" } });
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
		ApiClient.Response r = Uploads.upload(staff, "RESULTS", "xxe.xlsx",
				replace(file, "xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8)), null);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body()).contains("DTD");
		byte[] bomb = ("<worksheet>" + " ".repeat(50 * 1024 * 1024) + "</worksheet>").getBytes(StandardCharsets.UTF_8);
		r = Uploads.upload(staff, "RESULTS", "bomb.xlsx", replace(file, "xl/worksheets/sheet1.xml", bomb), null);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body()).contains("zip bomb");
		r = Uploads.upload(staff, "RESULTS", "fake.csv", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, null);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body()).contains("Unknown file format");
		r = Uploads.upload(staff, "RESULTS", "noheader.csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8), null);
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.body()).contains("title");
		r = Uploads.upload(staff, "RESULTS", "big.csv", new byte[11 * 1024 * 1024], null);
		assertThat(r.status()).isEqualTo(413);
		assertThat(count("select count(*) from import_job")).isEqualTo(before);
	}

	@Test
	void aRegionPartnersOutOfRegionRowIsAnError() {
		ApiClient wuxi = ApiClient.as(TestUsers.WUXI, this.port);
		String csv = "title,text,region,contact_name,contact_email\n无锡需求,内容,320200,李四,a@example.com\n北京需求,内容,110000,王五,b@example.com\n";
		ApiClient.Response r = Uploads.upload(wuxi, "DEMANDS", "w.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		JsonNode job = awaitDone(wuxi, r.header("Location"));
		assertThat(job.path("status").asString()).isEqualTo("INVALID");
		assertThat(job.path("errorCount").asInt()).isEqualTo(1);
		assertThat(wuxi.send("GET", r.header("Location") + "/report", null, "text/csv").body()).contains("3,region,");
	}

	@Test
	void tenThousandRowsImportAndAreListed() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		StringBuilder csv = new StringBuilder(RESULT_HEADER);
		for (int i = 0; i < 10_000; i++) {
			csv.append("PATENT,万行导入 ").append(i).append(",摘要 ").append(i).append(",\"a,b\",G06F16/35,6513,").append(1 + i % 9)
				.append(",LICENSE\n");
		}
		ApiClient.Response r = Uploads.upload(staff, "RESULTS", "10k.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		assertThat(r.json().path("totalRows").asInt()).isEqualTo(10_000);
		JsonNode job = awaitDone(staff, r.header("Location"));
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("VALID");
		assertThat(staff.post(r.header("Location") + "/commit", null).status()).isEqualTo(202);
		job = awaitDone(staff, r.header("Location"));
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("IMPORTED");
		assertThat(job.path("percent").asInt()).isEqualTo(100);
		JsonNode list = staff.get("/api/v1/results?q=" + java.net.URLEncoder.encode("\"万行导入\"", StandardCharsets.UTF_8) + "&size=1").json();
		assertThat(list.path("page").path("totalElements").asLong()).isEqualTo(10_000);
	}

	@Test
	void pagesShowTheFormTheJobsAndTheProgress() {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		String csv = RESULT_HEADER + "PATENT,页面导入,,,,,,\nOOPS,页面坏行,,,,,,\n";
		ApiClient.Response r = Uploads.upload(staff, "RESULTS", "page.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		String location = r.header("Location");
		awaitDone(staff, location);
		String id = location.substring(location.lastIndexOf('/') + 1);
		org.uniregion.support.WebSession web = org.uniregion.support.WebSession.as(TestUsers.STAFF, this.port);
		assertThat(web.get("/imports").body()).contains("type=\"file\"").contains("page.csv").contains("/api/v1/imports/templates/RESULTS");
		String detail = web.get("/imports/" + id).body();
		assertThat(detail).contains("<progress").contains("100%").contains("OOPS").contains("id=\"report\"").doesNotContain("hx-trigger");
		assertThat(web.get("/imports/" + id + "/progress").body()).contains("<progress");
		assertThat(web.get("/results").body()).contains("/api/v1/results/export?format=csv");
		assertThat(org.uniregion.support.WebSession.as(TestUsers.REVIEWER, this.port).get("/imports").status()).isEqualTo(403);
	}

	@Test
	void exportIsSafeAgainstFormulaInjection() throws Exception {
		ApiClient staff = ApiClient.as(TestUsers.STAFF, this.port);
		// A word of its own: the demo catalog's abstracts hold every common word.
		String marker = org.uniregion.support.Words.unique();
		ApiClient.Response created = staff.post("/api/v1/results",
				java.util.Map.of("type", "OTHER", "title", "=HYPERLINK(\"http://evil\")" + marker));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String q = java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8);
		ApiClient.Response csv = staff.send("GET", "/api/v1/results/export?format=csv&q=" + q, null, "*/*");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFtype,title").contains("'=HYPERLINK");
		ApiClient.Response x = staff.send("GET", "/api/v1/results/export?format=xlsx&q=" + q, null, "*/*");
		assertThat(x.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
			var cell = book.getSheetAt(0).getRow(1).getCell(1);
			assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getStringCellValue()).startsWith("'=HYPERLINK");
		}
		ApiClient.Response demands = ApiClient.as(TestUsers.ENTERPRISE, this.port)
			.send("GET", "/api/v1/demands/export?format=csv", null, "*/*");
		assertThat(demands.status()).isEqualTo(200);
		assertThat(demands.body()).startsWith("\uFEFFtitle,text");
	}

}
