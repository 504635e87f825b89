package org.uniregion.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.uniregion.demand.SaveDemand;
import org.uniregion.result.IpStatus;
import org.uniregion.result.ResultType;
import org.uniregion.result.SaveResult;
import org.uniregion.result.TransferMode;

/**
 * Turns the cells of one row into the command the result or demand module checks: only what a cell must be
 * to fit the command's type (an enum name, a number, a date) is checked here, every rule of the domain is
 * the module's own.
 */
final class RowMapping {

	private final Map<String, Integer> positions;

	private final Table.Row row;

	private final List<RowError> errors;

	RowMapping(Map<String, Integer> positions, Table.Row row, List<RowError> errors) {
		this.positions = positions;
		this.row = row;
		this.errors = errors;
	}

	SaveResult result() {
		Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
		for (String m : list("transfer_modes")) {
			TransferMode mode = enumValue("transfer_modes", m, TransferMode.class);
			if (mode != null) {
				modes.add(mode);
			}
		}
		return new SaveResult(enumValue("type", text("type"), ResultType.class), nonNull(text("title")),
				text("abstract"), list("keywords"), text("discipline"), list("ipc_classes"), list("industries"),
				integer("trl"), enumValue("ip_status", text("ip_status"), IpStatus.class), list("ip_numbers"),
				list("researchers"), text("lab"), text("department"), modes, text("asking_terms"),
				decimal("asking_amount"), text("language"), text("owner"), null);
	}

	@SuppressWarnings("NullAway")
	SaveDemand demand() {
		return new SaveDemand(nonNull(text("title")), nonNull(text("text")), text("industry"), nonNull(text("region")),
				decimal("budget"), date("deadline"), nonNull(text("contact_name")), text("contact_phone"),
				text("contact_email"), null);
	}

	private static String nonNull(@Nullable String s) {
		return s == null ? "" : s;
	}

	@Nullable String text(String column) {
		Integer i = this.positions.get(column);
		if (i == null) {
			return null;
		}
		String v = this.row.cell(i).trim();
		return v.isEmpty() ? null : v;
	}

	private List<String> list(String column) {
		String v = text(column);
		if (v == null) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (String part : v.split("[,，;；、\\n]+")) {
			if (!part.isBlank()) {
				out.add(part.trim());
			}
		}
		return out;
	}

	private <E extends Enum<E>> @Nullable E enumValue(String column, @Nullable String value, Class<E> type) {
		if (value == null) {
			return null;
		}
		String name = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		List<String> names = new ArrayList<>();
		for (E e : type.getEnumConstants()) {
			names.add(e.name());
		}
		error(column, "bulk.cell.enum", value, String.join(", ", names));
		return null;
	}

	private @Nullable Integer integer(String column) {
		String v = text(column);
		if (v == null) {
			return null;
		}
		try {
			return Integer.valueOf(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
		}
		catch (NumberFormatException ex) {
			error(column, "bulk.cell.integer", v);
			return null;
		}
	}

	private @Nullable BigDecimal decimal(String column) {
		String v = text(column);
		if (v == null) {
			return null;
		}
		try {
			return new BigDecimal(v.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			error(column, "bulk.cell.number", v);
			return null;
		}
	}

	private @Nullable LocalDate date(String column) {
		String v = text(column);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v.replace('/', '-').replaceAll("-(\\d)(?=-|$)", "-0$1"));
		}
		catch (DateTimeParseException ex) {
			error(column, "bulk.cell.date", v);
			return null;
		}
	}

	private void error(String column, String code, String... args) {
		this.errors.add(new RowError(this.row.number(), column, code, List.of(args)));
	}

}
