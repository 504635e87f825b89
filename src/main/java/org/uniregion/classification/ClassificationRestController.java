package org.uniregion.classification;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classifications as a public, read-only API: search for pickers and one entry with its place in the tree.
 * IPC codes contain '/', so one IPC entry is asked for with a query parameter: {@code /ipc/entry?code=G06F16/35}.
 */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Classifications", description = "GB/T 4754-2017 industries and IPC 2026.01 (Chinese titles); public, read-only")
class ClassificationRestController {

	private final ClassificationCatalog catalog;

	private final ClassificationRequests requests;

	private final MessageSource messages;

	ClassificationRestController(ClassificationCatalog catalog, ClassificationRequests requests, MessageSource messages) {
		this.catalog = catalog;
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping("/industries")
	@Operation(summary = "Search GB/T 4754-2017 industries by code prefix or name, filtered by level; ordered by code",
			responses = { @ApiResponse(responseCode = "200", description = "A page of industries"),
					@ApiResponse(responseCode = "400", description = "Unknown level or sort, query too long",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	Page<IndustryView> industries(
			@Parameter(description = "Start of a code when a section letter or digits (\"C\", \"26\"); otherwise part of the name (\"电子\")") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "1 section, 2 division, 3 group, 4 class") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "page (from 0), size, and sort: only code,asc or code,desc") @PageableDefault(size = 20) Pageable pageable) {
		return this.catalog.searchIndustries(ClassificationRequests.query(q), ClassificationRequests.industryLevel(level),
				ClassificationRequests.checkedSort(pageable));
	}

	@GetMapping("/industries/{code}")
	@Operation(summary = "One industry with its ancestors (from the section down) and children",
			responses = { @ApiResponse(responseCode = "200", description = "The industry"),
					@ApiResponse(responseCode = "400", description = "Not an industry code (a letter A–T or two to four digits)",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "404", description = "No industry has this code",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	IndustryDetail industry(@Parameter(description = "GB/T 4754-2017 code, e.g. C, 26, 261, 2614") @PathVariable String code) {
		IndustryView v = this.requests.industry(code);
		return new IndustryDetail(v.code(), v.name(), v.level(), v.parentCode(), v.path(),
				this.catalog.industryAncestors(v.code()), this.catalog.industryChildren(v.code()));
	}

	@GetMapping("/ipc")
	@Operation(summary = "Search IPC entries by code prefix or Chinese title, filtered by level and section; ordered by code",
			responses = { @ApiResponse(responseCode = "200", description = "A page of IPC entries"),
					@ApiResponse(responseCode = "400", description = "Unknown level, section or sort, query too long",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	Page<IpcView> ipc(
			@Parameter(description = "Start of a code, case and blanks ignored (\"g06f\", \"G06F 16/3\"); otherwise part of the title (\"电子\")") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "SECTION, CLASS, SUBCLASS, MAIN_GROUP or SUBGROUP") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "Section letter A–H") @RequestParam(required = false) @Nullable String section,
			@Parameter(description = "page (from 0), size, and sort: only code,asc or code,desc") @PageableDefault(size = 20) Pageable pageable) {
		return this.catalog.searchIpc(ClassificationRequests.query(q), ClassificationRequests.ipcLevel(level),
				ClassificationRequests.section(section), ClassificationRequests.checkedSort(pageable));
	}

	@GetMapping("/ipc/entry")
	@Operation(summary = "One IPC entry with its ancestors (from the section down) and children; the code is a query "
			+ "parameter because IPC codes contain '/'",
			responses = { @ApiResponse(responseCode = "200", description = "The IPC entry"),
					@ApiResponse(responseCode = "400", description = "Missing or malformed IPC code",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "404", description = "No IPC entry has this code",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	IpcDetail ipcEntry(@Parameter(description = "IPC code, case and blanks ignored, e.g. G06F16/35 (URL-encode the '/' as %2F or not)") @RequestParam(required = false) @Nullable String code) {
		IpcView v = this.requests.ipc(code);
		return new IpcDetail(v.code(), v.title(), v.level(), v.section(), v.parentCode(), this.catalog.ipcAncestors(v),
				this.catalog.ipcChildren(v.code()));
	}

	@ExceptionHandler(InvalidClassificationRequest.class)
	ProblemDetail invalid(InvalidClassificationRequest ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		p.setTitle(this.messages.getMessage("classification.badRequest.title", null, "Bad request", locale));
		p.setProperty("code", ex.code());
		p.setInstance(URI.create(request.getRequestURI()));
		return p;
	}

	/** An industry with its place in the tree: {@code ancestors} from the section down, {@code children} by code. */
	record IndustryDetail(String code, String name, int level, @Nullable String parentCode, String path,
			List<IndustryView> ancestors, List<IndustryView> children) {
	}

	/** An IPC entry with its place in the tree: {@code ancestors} from the section down, {@code children} by code. */
	record IpcDetail(String code, String title, IpcView.Level level, String section, @Nullable String parentCode,
			List<IpcView> ancestors, List<IpcView> children) {
	}

}
