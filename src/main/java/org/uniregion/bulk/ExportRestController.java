package org.uniregion.bulk;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uniregion.demand.DemandApi;
import org.uniregion.demand.DemandQuery;
import org.uniregion.demand.DemandSource;
import org.uniregion.demand.DemandStatus;
import org.uniregion.demand.DemandView;
import org.uniregion.platform.Caller;
import org.uniregion.result.ResultApi;
import org.uniregion.result.ResultQuery;
import org.uniregion.result.ResultType;
import org.uniregion.result.ResultView;
import org.uniregion.result.TransferMode;
import org.uniregion.result.Visibility;
import org.uniregion.shared.BusinessRuleException;

/**
 * Export of a filtered list of results or demands, with the list's own filters and scope (read page by page
 * through the module's API), as CSV or XLSX. The columns are the import columns, so an export can be
 * imported again.
 */
@RestController
@Tag(name = "Bulk import and export")
class ExportRestController {

	private static final int PAGE = 500;

	private final ResultApi results;

	private final DemandApi demands;

	ExportRestController(ResultApi results, DemandApi demands) {
		this.results = results;
		this.demands = demands;
	}

	@GetMapping("/api/v1/results/export")
	@Operation(summary = "Export the results the caller may read that match the list's filters, as CSV (UTF-8 with BOM) or XLSX")
	void results(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable ResultType type,
			@RequestParam(required = false) @Nullable Visibility visibility,
			@RequestParam(required = false) @Nullable Integer trl, @RequestParam(required = false) @Nullable String ipc,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable TransferMode transferMode,
			@Parameter(description = "\"me\": only the caller's own results") @RequestParam(required = false) @Nullable String owner,
			HttpServletResponse response) throws IOException {
		Caller caller = Caller.current();
		ResultQuery query = new ResultQuery(q, type, visibility, trl, ipc, industry, transferMode, "me".equals(owner));
		Iterable<List<String>> rows = pages(n -> this.results.list(caller, query, PageRequest.of(n, PAGE, Sort.by("id"))),
				ExportRestController::resultRow);
		List<String> header = Columns.RESULTS.stream().map(Columns.Column::name).toList();
		write(format, "results", header, rows, response);
	}

	@GetMapping("/api/v1/demands/export")
	@Operation(summary = "Export the demands the caller may read that match the list's filters, as CSV (UTF-8 with BOM) or XLSX")
	void demands(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable DemandStatus status,
			@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable DemandSource source, HttpServletResponse response) throws IOException {
		Caller caller = Caller.current();
		DemandQuery query = new DemandQuery(q, status, region, industry, source);
		Iterable<List<String>> rows = pages(n -> this.demands.list(caller, query, PageRequest.of(n, PAGE, Sort.by("id"))),
				ExportRestController::demandRow);
		List<String> header = Columns.DEMANDS.stream().map(Columns.Column::name).toList();
		write(format, "demands", header, rows, response);
	}

	private static void write(String format, String name, List<String> header, Iterable<List<String>> rows,
			HttpServletResponse response) throws IOException {
		String f = format.toLowerCase(Locale.ROOT);
		if (!f.equals("csv") && !f.equals("xlsx")) {
			throw BusinessRuleException.onField("format", "bulk.export.format", format);
		}
		if (f.equals("csv")) {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
			Cells.csv(header, rows, response.getOutputStream());
		}
		else {
			response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
			Cells.xlsx(name, header, rows, response.getOutputStream());
		}
	}

	/** The rows of every page, fetched one page at a time as they are written. */
	static <T> Iterable<List<String>> pages(Function<Integer, Page<T>> fetch, Function<T, List<String>> row) {
		Page<T> first = fetch.apply(0);
		return () -> new Iterator<>() {

			private Page<T> page = first;

			private int index;

			@Override
			public boolean hasNext() {
				if (this.index < this.page.getNumberOfElements()) {
					return true;
				}
				if (!this.page.hasNext()) {
					return false;
				}
				this.page = fetch.apply(this.page.getNumber() + 1);
				this.index = 0;
				return this.index < this.page.getNumberOfElements();
			}

			@Override
			public List<String> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return row.apply(this.page.getContent().get(this.index++));
			}
		};
	}

	static List<String> resultRow(ResultView r) {
		List<String> out = new ArrayList<>();
		out.add(r.type().name());
		out.add(r.title());
		out.add(text(r.abstractText()));
		out.add(String.join(", ", r.keywords()));
		out.add(text(r.discipline()));
		out.add(String.join(", ", r.ipcClasses()));
		out.add(String.join(", ", r.industries()));
		out.add(r.trl() == null ? "" : String.valueOf(r.trl()));
		out.add(r.ipStatus() == null ? "" : r.ipStatus().name());
		out.add(String.join(", ", r.ipNumbers()));
		out.add(String.join(", ", r.researchers()));
		out.add(text(r.lab()));
		out.add(text(r.department()));
		out.add(String.join(", ", r.transferModes().stream().map(Enum::name).sorted().toList()));
		out.add(text(r.askingTerms()));
		out.add(amount(r.askingAmount()));
		out.add(r.language());
		out.add(text(r.ownerName()));
		return out;
	}

	static List<String> demandRow(DemandView d) {
		return List.of(d.title(), d.text(), text(d.industryCode()), d.regionCode(), amount(d.budget()),
				d.deadline() == null ? "" : d.deadline().toString(), d.contactName(), text(d.contactPhone()),
				text(d.contactEmail()));
	}

	private static String text(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static String amount(@Nullable BigDecimal b) {
		return b == null ? "" : b.toPlainString();
	}

}
