package org.uniregion.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The documented columns of an import file, per kind: each with its English and Chinese header (either is
 * accepted, case and surrounding spaces ignored, also the command's field name) and whether it is required.
 * List cells separate their items with commas or semicolons (ASCII or Chinese) or 、.
 */
final class Columns {

	/** One column: {@code field} is the name of the command's field whose errors it reports. */
	record Column(String name, String zh, String field, boolean required) {
	}

	static final List<Column> RESULTS = List.of(new Column("type", "类型", "type", true),
			new Column("title", "标题", "title", true), new Column("abstract", "摘要", "abstractText", false),
			new Column("keywords", "关键词", "keywords", false), new Column("discipline", "学科", "discipline", false),
			new Column("ipc_classes", "IPC分类", "ipcClasses", false),
			new Column("industries", "行业", "industries", false), new Column("trl", "技术成熟度", "trl", false),
			new Column("ip_status", "知识产权状态", "ipStatus", false),
			new Column("ip_numbers", "知识产权编号", "ipNumbers", false),
			new Column("researchers", "研究人员", "researchers", false), new Column("lab", "实验室", "lab", false),
			new Column("department", "院系", "department", false),
			new Column("transfer_modes", "转化方式", "transferModes", false),
			new Column("asking_terms", "转让条件", "askingTerms", false),
			new Column("asking_amount", "报价", "askingAmount", false), new Column("language", "语言", "language", false),
			new Column("owner", "所有者", "ownerUsername", false));

	static final List<Column> DEMANDS = List.of(new Column("title", "标题", "title", true),
			new Column("text", "需求描述", "text", true), new Column("industry", "行业", "industryCode", false),
			new Column("region", "地区", "regionCode", true), new Column("budget", "预算", "budget", false),
			new Column("deadline", "截止日期", "deadline", false),
			new Column("contact_name", "联系人", "contactName", true),
			new Column("contact_phone", "联系电话", "contactPhone", false),
			new Column("contact_email", "电子邮箱", "contactEmail", false));

	private Columns() {
	}

	static List<Column> of(ImportKind kind) {
		return kind == ImportKind.RESULTS ? RESULTS : DEMANDS;
	}

	/** The column a header cell names, if any. */
	static @Nullable Column find(ImportKind kind, String header) {
		String h = normalize(header);
		for (Column c : of(kind)) {
			if (h.equals(c.name()) || h.equals(normalize(c.zh())) || h.equals(c.field().toLowerCase(Locale.ROOT))) {
				return c;
			}
		}
		return null;
	}

	/** The header name of the column that reports errors of a command field ("-" when none does). */
	static String columnOf(ImportKind kind, @Nullable String field) {
		if (field != null) {
			for (Column c : of(kind)) {
				if (c.field().equals(field)) {
					return c.name();
				}
			}
		}
		return "-";
	}

	/** Maps the header row to column positions; the required columns it lacks are returned in {@code missing}. */
	static Map<String, Integer> positions(ImportKind kind, List<String> header, List<String> missing) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			Column c = find(kind, header.get(i));
			if (c != null && !positions.containsKey(c.name())) {
				positions.put(c.name(), i);
			}
		}
		for (Column c : of(kind)) {
			if (c.required() && !positions.containsKey(c.name())) {
				missing.add(c.name() + " / " + c.zh());
			}
		}
		return positions;
	}

	static String normalize(String header) {
		return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

}
