package org.uniregion.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.uniregion.classification.IpcView.Level;

/**
 * The classifications. The 1,971 industries are read once at start-up and answered from memory; the 77,235 IPC
 * entries stay in the database (primary key on the code, a pattern index for code prefixes) and are asked for
 * per request: held in memory as a map of views they take about 18 MB of heap (measured with the shipped list),
 * too much for data that a picker touches a page at a time. Single look-ups (validation of every imported row)
 * are remembered in a bounded cache: the list is shipped data and never changes while the application runs.
 */
@Service
class ClassificationCatalog implements ClassificationApi {

	private static final Logger log = LoggerFactory.getLogger(ClassificationCatalog.class);

	/** A query that is the start of an IPC code ("g06f", "G06F16/3"); anything else is searched in the titles. */
	private static final Pattern IPC_PREFIX = Pattern.compile("[A-H](\\d{1,2}|\\d{2}[A-Z](\\d{1,4}(/\\d{0,6})?)?)?");

	private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T]|\\d{1,4}");

	private static final String IPC_COLUMNS = "select code, title, level, section, parent_code from ipc_entry";

	private static final RowMapper<IpcView> IPC_ROW = (rs, i) -> new IpcView(rs.getString("code"), rs.getString("title"),
			Level.valueOf(rs.getString("level")), rs.getString("section"), rs.getString("parent_code"));

	private final JdbcTemplate jdbc;

	private final Map<String, IndustryView> industries;

	private final List<IndustryView> orderedIndustries;

	private final Map<String, List<IndustryView>> industryChildren;

	/** English names of the sections and divisions, lower-cased for matching. */
	private final Map<String, String> industryEnglish;

	private final Cache<String, Optional<IpcView>> ipcByCode = Caffeine.newBuilder().maximumSize(20_000).build();

	@Autowired
	ClassificationCatalog(JdbcTemplate jdbc) {
		this(jdbc, jdbc.query("select code, name, level, parent_code from industry order by code",
				(rs, i) -> new IndustryCodes.Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))));
	}

	ClassificationCatalog(JdbcTemplate jdbc, List<IndustryCodes.Entry> rows) {
		this.jdbc = jdbc;
		Map<String, IndustryCodes.Entry> byCode = new LinkedHashMap<>();
		rows.forEach(r -> byCode.put(r.code(), r));
		Map<String, IndustryView> views = new LinkedHashMap<>();
		for (IndustryCodes.Entry row : rows) {
			views.put(row.code(), new IndustryView(row.code(), row.name(), row.level(), row.parentCode(), path(row, byCode)));
		}
		// By code: the divisions and below ("01", "011", "0111", …) before the section letters ("A", …, "T").
		List<IndustryView> ordered = new ArrayList<>(views.values());
		ordered.sort(java.util.Comparator.comparing(IndustryView::code));
		Map<String, List<IndustryView>> children = new LinkedHashMap<>();
		for (IndustryView v : ordered) {
			if (v.parentCode() != null) {
				children.computeIfAbsent(v.parentCode(), k -> new ArrayList<>()).add(v);
			}
		}
		Map<String, List<IndustryView>> frozen = new LinkedHashMap<>();
		children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
		this.industries = Collections.unmodifiableMap(views);
		this.orderedIndustries = List.copyOf(ordered);
		this.industryChildren = Collections.unmodifiableMap(frozen);
		this.industryEnglish = EnglishTitles.industrySectionsAndDivisions();
		log.info("{} industries in memory ({} with English names)", views.size(), this.industryEnglish.size());
	}

	/** The English name of a section or division, if it has one. */
	@Nullable String industryEnglishName(String code) {
		return this.industryEnglish.get(code);
	}

	private static String path(IndustryCodes.Entry row, Map<String, IndustryCodes.Entry> byCode) {
		List<String> names = new ArrayList<>();
		IndustryCodes.Entry e = row;
		while (e != null) {
			names.add(0, e.name());
			e = e.parentCode() == null ? null : byCode.get(e.parentCode());
		}
		return String.join(" / ", names);
	}

	// --- industries --------------------------------------------------------------------------------------

	@Override
	public Optional<IndustryView> industry(String code) {
		return Optional.ofNullable(this.industries.get(IndustryCodes.normalize(code)));
	}

	@Override
	public Map<String, IndustryView> industries(Collection<String> codes) {
		Map<String, IndustryView> found = new LinkedHashMap<>();
		for (String code : codes) {
			industry(code).ifPresent(v -> found.put(v.code(), v));
		}
		return found;
	}

	/** From the section down to the parent of {@code code}. */
	List<IndustryView> industryAncestors(String code) {
		List<IndustryView> up = new ArrayList<>();
		IndustryView v = this.industries.get(IndustryCodes.normalize(code));
		while (v != null && v.parentCode() != null) {
			v = this.industries.get(v.parentCode());
			if (v != null) {
				up.add(0, v);
			}
		}
		return up;
	}

	List<IndustryView> industryChildren(String code) {
		return this.industryChildren.getOrDefault(IndustryCodes.normalize(code), List.of());
	}

	/**
	 * Industries whose code starts with {@code q} (when it looks like a code: a section letter or up to four
	 * digits) or whose name contains it (the Chinese name, or ignoring case the English one of a section or
	 * division: "software" finds 65), by code (or the reverse for {@code code,desc}).
	 */
	Page<IndustryView> searchIndustries(@Nullable String q, @Nullable Integer level, Pageable pageable) {
		String query = q == null ? null : q.strip();
		String code = query == null ? null : IndustryCodes.normalize(query);
		boolean byCode = code != null && INDUSTRY_PREFIX.matcher(code).matches();
		String needle = query == null ? null : query.toLowerCase(Locale.ROOT);
		List<IndustryView> hits = new ArrayList<>();
		for (IndustryView v : this.orderedIndustries) {
			if (level != null && v.level() != level) {
				continue;
			}
			if (query != null && !(byCode ? v.code().startsWith(code) : v.name().toLowerCase(Locale.ROOT).contains(needle)
					|| this.industryEnglish.getOrDefault(v.code(), "").toLowerCase(Locale.ROOT).contains(needle))) {
				continue;
			}
			hits.add(v);
		}
		if (descending(pageable)) {
			Collections.reverse(hits);
		}
		int from = (int) Math.min(pageable.getOffset(), hits.size());
		int to = Math.min(from + pageable.getPageSize(), hits.size());
		return new PageImpl<>(hits.subList(from, to), pageable, hits.size());
	}

	// --- IPC ---------------------------------------------------------------------------------------------

	@Override
	public Optional<IpcView> ipc(String code) {
		String normalized = IpcCodes.normalize(code);
		if (!IpcCodes.isWellFormed(normalized)) {
			return Optional.empty();
		}
		return this.ipcByCode.get(normalized,
				c -> this.jdbc.query(IPC_COLUMNS + " where code = ?", IPC_ROW, c).stream().findFirst());
	}

	@Override
	public Map<String, IpcView> ipcs(Collection<String> codes) {
		String[] normalized = codes.stream().map(IpcCodes::normalize).filter(IpcCodes::isWellFormed).distinct()
			.toArray(String[]::new);
		Map<String, IpcView> found = new LinkedHashMap<>();
		if (normalized.length > 0) {
			this.jdbc.query(IPC_COLUMNS + " where code = any (?) order by code", IPC_ROW, (Object) normalized)
				.forEach(v -> found.put(v.code(), v));
		}
		return found;
	}

	/** From the section down to the parent of {@code code}. */
	List<IpcView> ipcAncestors(IpcView entry) {
		List<String> chain = new ArrayList<>();
		String parent = IpcCodes.derivedParent(entry.code());
		while (parent != null) {
			chain.add(parent);
			parent = IpcCodes.derivedParent(parent);
		}
		List<IpcView> up = new ArrayList<>(ipcs(chain).values());
		up.sort((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()));
		return up;
	}

	List<IpcView> ipcChildren(String code) {
		return this.jdbc.query(IPC_COLUMNS + " where parent_code = ? order by code", IPC_ROW, IpcCodes.normalize(code));
	}

	/**
	 * IPC entries whose code starts with {@code q} (when it looks like the start of a code, blanks and case
	 * ignored) or whose title contains it, optionally of one level and section, by code.
	 */
	Page<IpcView> searchIpc(@Nullable String q, @Nullable Level level, @Nullable String section, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			String code = IpcCodes.normalize(q);
			if (IPC_PREFIX.matcher(code).matches()) {
				where.append(" and code like ?");
				args.add(escapeLike(code) + "%");
			}
			else {
				where.append(" and title ilike ?");
				args.add("%" + escapeLike(q.strip()) + "%");
			}
		}
		if (level != null) {
			where.append(" and level = ?");
			args.add(level.name());
		}
		if (section != null) {
			where.append(" and section = ?");
			args.add(section);
		}
		Long total = this.jdbc.queryForObject("select count(*) from ipc_entry" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<IpcView> content = this.jdbc.query(IPC_COLUMNS + where + " order by code " + (descending(pageable) ? "desc" : "asc")
				+ " limit ? offset ?", IPC_ROW, pageArgs.toArray());
		return new PageImpl<>(content, pageable, total == null ? 0 : total);
	}

	private static boolean descending(Pageable pageable) {
		Sort.Order order = pageable.getSort().getOrderFor("code");
		return order != null && order.isDescending();
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
