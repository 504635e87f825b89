package org.uniregion.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uniregion.platform.Caller;
import org.uniregion.shared.BusinessRuleException;

/** Import jobs: upload (dry run), progress, error report, commit, discard; and the template files. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Bulk import and export")
class ImportRestController {

	private final ImportService imports;

	ImportRestController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX file of results or demands; its dry run starts at once (202 + Location of the job)")
	ResponseEntity<ImportView> upload(@RequestPart("file") MultipartFile file,
			@Parameter(description = "RESULTS or DEMANDS") @RequestParam ImportKind kind,
			@Parameter(description = "the CSV file's encoding if not detected, e.g. GBK") @RequestParam(required = false) @Nullable String encoding)
			throws IOException {
		ImportView job = this.imports.upload(Caller.current(), kind, name(file), file.getBytes(), encoding);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Upload a file as Base64 in JSON; otherwise as the multipart upload")
	ResponseEntity<ImportView> uploadJson(@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody UploadImport upload) {
		byte[] bytes;
		try {
			bytes = java.util.Base64.getDecoder().decode(upload.content());
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField("content", "bulk.file.base64");
		}
		ImportView job = this.imports.upload(Caller.current(), upload.kind(), upload.fileName(), bytes, upload.encoding());
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
	}

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null ? "" : name.replaceAll("[\\r\\n\\\\/]", "_");
	}

	@GetMapping
	@Operation(summary = "The import jobs the caller may see (its own; the office sees all), newest first")
	Page<ImportView> list(@ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return this.imports.list(Caller.current(), ImportPages.checked(pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import job: status, progress (processed of total rows, percent) and error count")
	ImportView get(@PathVariable long id) {
		return this.imports.get(Caller.current(), id);
	}

	@GetMapping("/{id}/report")
	@Operation(summary = "The dry run's errors as CSV: row, column, message (in the request's language)")
	ResponseEntity<byte[]> report(@PathVariable long id) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<List<String>> rows = this.imports.report(Caller.current(), id, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Cells.csv(List.of("row", "column", "message"), rows, out);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-report.csv\"")
			.body(out.toByteArray());
	}

	@PostMapping("/{id}/commit")
	@Operation(summary = "Import every row of a job whose dry run found no error, all or nothing (202; 409 unless VALID)")
	ResponseEntity<ImportView> commit(@PathVariable long id) {
		ImportView job = this.imports.commit(Caller.current(), id);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(job);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Discard a job that is neither running nor imported, with its file and errors")
	ResponseEntity<Void> discard(@PathVariable long id) {
		this.imports.discard(Caller.current(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/templates/{kind}")
	@Operation(summary = "An empty template file (CSV, UTF-8 with BOM) with the documented header, in English or Chinese")
	ResponseEntity<byte[]> template(@Parameter(description = "results or demands (either case)") @PathVariable ImportKind kind,
			@Parameter(description = "en or zh") @RequestParam(defaultValue = "en") String lang) throws IOException {
		if (!lang.equals("en") && !lang.equals("zh")) {
			throw BusinessRuleException.onField("lang", "bulk.template.lang", lang);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Cells.csv(ImportPages.templateHeader(kind, lang), List.of(), out);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + kind.name().toLowerCase(Locale.ROOT) + "-template-" + lang + ".csv\"")
			.body(out.toByteArray());
	}

}
