package org.uniregion.region;

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
import org.uniregion.region.RegionView.Level;

/**
 * The regions as a public, read-only API. Names come in both languages, plus {@code name} in the caller's
 * language (Accept-Language).
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "China's administrative divisions (GB/T 2260, 2024) and national strategic zones; public, read-only")
class RegionRestController {

	private final RegionApi regions;

	private final RegionRequests requests;

	private final MessageSource messages;

	RegionRestController(RegionApi regions, RegionRequests requests, MessageSource messages) {
		this.regions = regions;
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Search regions by name or code, filtered by level, parent and zone; ordered by code",
			responses = { @ApiResponse(responseCode = "200", description = "A page of regions"),
					@ApiResponse(responseCode = "400", description = "Malformed parent code, unknown level, zone or sort",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	Page<RegionSummary> search(
			@Parameter(description = "Code prefix when all digits (\"3202\"); otherwise part of the Chinese name or, ignoring case, of the English name (\"无锡\", \"wuxi\")") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "PROVINCE, PREFECTURE or COUNTY") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "Only the regions directly below this code") @RequestParam(required = false) @Nullable String parent,
			@Parameter(description = "Only the regions in this strategic zone, e.g. YANGTZE_RIVER_DELTA (see /api/v1/regions/zones)") @RequestParam(required = false) @Nullable String zone,
			@Parameter(description = "page (from 0), size, and sort: only code,asc or code,desc") @PageableDefault(size = 20) Pageable pageable) {
		RegionSearch search = this.requests.search(q, level, parent, zone);
		Locale locale = LocaleContextHolder.getLocale();
		return this.regions.search(search, RegionRequests.checkedSort(pageable)).map(r -> RegionSummary.of(r, locale));
	}

	@GetMapping("/zones")
	@Operation(summary = "The national strategic zones and the provinces they cover")
	List<ZoneDetail> zones() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.regions.zones().stream().map(z -> ZoneDetail.of(z, this.regions, locale)).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One region with its ancestors (breadcrumb path), children and zones",
			responses = { @ApiResponse(responseCode = "200", description = "The region"),
					@ApiResponse(responseCode = "400", description = "The code is not six digits",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "404", description = "No region has this code",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
	RegionDetail region(@Parameter(description = "Six-digit GB/T 2260 code, e.g. 320200") @PathVariable String code) {
		RegionView region = this.requests.region(code);
		Locale locale = LocaleContextHolder.getLocale();
		return new RegionDetail(region.code(), region.name(locale), region.nameZh(), region.nameEn(), region.level(),
				region.parentCode(), region.path(),
				this.regions.ancestors(code).stream().map(r -> RegionRef.of(r, locale)).toList(),
				this.regions.children(code).stream().map(r -> RegionRef.of(r, locale)).toList(),
				region.zones().stream().map(z -> this.regions.zone(z).map(v -> ZoneRef.of(v, locale))).flatMap(java.util.Optional::stream).toList());
	}

	@ExceptionHandler(InvalidRegionRequest.class)
	ProblemDetail invalid(InvalidRegionRequest ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.code(), ex.args(), ex.code(), locale));
		p.setTitle(this.messages.getMessage("region.badRequest.title", null, "Bad request", locale));
		p.setProperty("code", ex.code());
		p.setInstance(URI.create(request.getRequestURI()));
		return p;
	}

	/** A region in a list; {@code name} is in the caller's language (English where known). */
	record RegionSummary(String code, String name, String nameZh, @Nullable String nameEn, Level level,
			@Nullable String parentCode, String path, List<String> zones) {

		static RegionSummary of(RegionView r, Locale locale) {
			return new RegionSummary(r.code(), r.name(locale), r.nameZh(), r.nameEn(), r.level(), r.parentCode(), r.path(),
					r.zones());
		}

	}

	/** A region with its place in the tree: {@code ancestors} from the province down, {@code children} by code. */
	record RegionDetail(String code, String name, String nameZh, @Nullable String nameEn, Level level,
			@Nullable String parentCode, String path, List<RegionRef> ancestors, List<RegionRef> children,
			List<ZoneRef> zones) {
	}

	record RegionRef(String code, String name, String nameZh, @Nullable String nameEn, Level level) {

		static RegionRef of(RegionView r, Locale locale) {
			return new RegionRef(r.code(), r.name(locale), r.nameZh(), r.nameEn(), r.level());
		}

	}

	record ZoneRef(String code, String name, String nameZh, String nameEn, ZoneView.Kind kind) {

		static ZoneRef of(ZoneView z, Locale locale) {
			return new ZoneRef(z.code(), z.name(locale), z.nameZh(), z.nameEn(), z.kind());
		}

	}

	record ZoneDetail(String code, String name, String nameZh, String nameEn, ZoneView.Kind kind,
			List<RegionRef> provinces) {

		static ZoneDetail of(ZoneView z, RegionApi regions, Locale locale) {
			return new ZoneDetail(z.code(), z.name(locale), z.nameZh(), z.nameEn(), z.kind(), regions.findAll(z.provinces())
				.values()
				.stream()
				.map(r -> RegionRef.of(r, locale))
				.toList());
		}

	}

}
