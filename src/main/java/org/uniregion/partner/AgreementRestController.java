package org.uniregion.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uniregion.platform.Caller;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Framework agreements (校地/校企合作协议), their lifecycle and documents")
class AgreementRestController {

	private final AgreementService agreements;

	private final DocumentService documents;

	private final Sorting sorting;

	private final UploadLimitAdvice tooLarge;

	AgreementRestController(AgreementService agreements, DocumentService documents, Sorting sorting,
			UploadLimitAdvice tooLarge) {
		this.tooLarge = tooLarge;
		this.agreements = agreements;
		this.documents = documents;
		this.sorting = sorting;
	}

	@GetMapping
	@Operation(summary = "List the agreements the caller may see",
			description = "Sortable by id, title, status, regionCode, signingDate, startDate, endDate, createdAt.")
	Page<AgreementView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable CollaborationArea area,
			@Parameter(description = "a region code: that region and the regions below it") @RequestParam(required = false) @Nullable String region,
			@Parameter(description = "an organization id") @RequestParam(required = false) @Nullable Long organization,
			@Parameter(description = "only agreements in force ending within this many days") @RequestParam(required = false) @Nullable Integer expiringWithinDays,
			@ParameterObject @PageableDefault(size = 20, sort = "endDate", direction = Sort.Direction.ASC) Pageable pageable) {
		return this.agreements.list(Caller.current(),
				new AgreementQuery(q, status, area, region, organization, expiringWithinDays),
				this.sorting.check(pageable, Sorting.AGREEMENT));
	}

	@PostMapping
	@Operation(summary = "Create an agreement (as a draft)")
	ResponseEntity<AgreementView> create(@Valid @RequestBody SaveAgreement body) {
		AgreementView created = this.agreements.create(Caller.current(), body);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agreement")
	AgreementView get(@PathVariable long id) {
		return this.agreements.get(Caller.current(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an agreement's terms", description = "Not in a final status; the body's version must be the current one, or 409.")
	AgreementView update(@PathVariable long id, @Valid @RequestBody SaveAgreement body) {
		return this.agreements.update(Caller.current(), id, body);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft agreement")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.agreements.delete(Caller.current(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Move the agreement to another status",
			description = "DRAFT→SIGNED→IN_FORCE→EXPIRING→EXPIRED; IN_FORCE/EXPIRING→RENEWED (creates the successor draft); "
					+ "any non-final status→TERMINATED with a reason. A move the lifecycle or the dates do not allow answers 422.")
	AgreementView transition(@PathVariable long id, @Valid @RequestBody ChangeAgreementStatus body) {
		return this.agreements.transition(Caller.current(), id, body);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The agreement's status history")
	List<StatusChangeView> history(@PathVariable long id) {
		return this.agreements.history(Caller.current(), id);
	}

	@GetMapping("/{id}/documents")
	@Operation(summary = "The agreement's documents (without content)")
	List<DocumentView> documents(@PathVariable long id) {
		return this.documents.list(Caller.current(), id);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a document",
			description = "At most 10 MB; PDF, PNG, JPEG, DOCX, XLSX or UTF-8 text, recognized by content; the name and "
					+ "the declared type must match the content.")
	ResponseEntity<DocumentView> upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		DocumentView d = this.documents.upload(Caller.current(), id, file.getOriginalFilename(), file.getContentType(),
				bytes(file));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/documents/" + d.id())).body(d);
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Upload a document as JSON (content base64-encoded)",
			description = "The same limits and checks as the multipart upload.")
	ResponseEntity<DocumentView> uploadJson(@PathVariable long id, @Valid @RequestBody UploadDocument body) {
		if (body.content().length > DocumentService.MAX_SIZE) {
			throw this.tooLarge.exception();
		}
		DocumentView d = this.documents.upload(Caller.current(), id, body.fileName(), body.contentType(), body.content());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/documents/" + d.id())).body(d);
	}

	@GetMapping("/{id}/documents/{docId}")
	@Operation(summary = "Download a document")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long docId) {
		return attachment(this.documents.download(Caller.current(), id, docId));
	}

	@DeleteMapping("/{id}/documents/{docId}")
	@Operation(summary = "Delete a document")
	ResponseEntity<Void> deleteDocument(@PathVariable long id, @PathVariable long docId) {
		this.documents.delete(Caller.current(), id, docId);
		return ResponseEntity.noContent().build();
	}

	static ResponseEntity<byte[]> attachment(DocumentService.Download d) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.contentType()))
			.contentLength(d.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(d.content());
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
