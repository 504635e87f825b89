package org.uniregion.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.uniregion.region.RegionView.Level;

/**
 * The regions and zones, read once from the database at start-up into immutable maps (about 3,200 small
 * records): they are reference data that only a migration changes, so every question is answered from memory.
 */
@Service
class RegionCatalog implements RegionApi {

	private static final Logger log = LoggerFactory.getLogger(RegionCatalog.class);

	private final Map<String, RegionView> byCode;

	private final List<RegionView> ordered;

	private final Map<String, List<RegionView>> childrenByParent;

	private final List<RegionView> provinces;

	private final Map<String, ZoneView> zones;

	@Autowired
	RegionCatalog(JdbcTemplate jdbc) {
		this(loadRegions(jdbc), loadZones(jdbc));
	}

	RegionCatalog(List<Row> rows, List<ZoneView> zoneList) {
		Map<String, List<String>> zonesOfProvince = new LinkedHashMap<>();
		Map<String, ZoneView> zoneMap = new LinkedHashMap<>();
		for (ZoneView z : zoneList) {
			zoneMap.put(z.code(), z);
			z.provinces().forEach(p -> zonesOfProvince.computeIfAbsent(p, k -> new ArrayList<>()).add(z.code()));
		}
		Map<String, RegionView> views = new LinkedHashMap<>();
		Map<String, List<RegionView>> children = new LinkedHashMap<>();
		List<RegionView> roots = new ArrayList<>();
		// Rows come in code order, so a parent is always built before its children.
		for (Row row : rows) {
			RegionView parent = row.parentCode() == null ? null : views.get(row.parentCode());
			if (row.parentCode() != null && parent == null) {
				throw new IllegalStateException("Region " + row.code() + " has an unknown parent " + row.parentCode());
			}
			String path = parent == null ? row.nameZh() : parent.path() + " / " + row.nameZh();
			List<String> zonesOf = parent == null ? List.copyOf(zonesOfProvince.getOrDefault(row.code(), List.of()))
					: parent.zones();
			RegionView view = new RegionView(row.code(), row.nameZh(), row.nameEn(), row.level(), row.parentCode(), path,
					zonesOf);
			views.put(view.code(), view);
			if (parent == null) {
				roots.add(view);
			}
			else {
				children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(view);
			}
		}
		this.byCode = Collections.unmodifiableMap(views);
		this.ordered = List.copyOf(views.values());
		Map<String, List<RegionView>> frozen = new LinkedHashMap<>();
		children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
		this.childrenByParent = Collections.unmodifiableMap(frozen);
		this.provinces = List.copyOf(roots);
		this.zones = Collections.unmodifiableMap(zoneMap);
		log.info("Region catalog: {} regions, {} strategic zones", this.ordered.size(), this.zones.size());
	}

	record Row(String code, String nameZh, @Nullable String nameEn, Level level, @Nullable String parentCode) {
	}

	private static List<Row> loadRegions(JdbcTemplate jdbc) {
		return jdbc.query("select code, name_zh, name_en, level, parent_code from region order by code",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), Level.valueOf(rs.getString(4)),
						rs.getString(5)));
	}

	private static List<ZoneView> loadZones(JdbcTemplate jdbc) {
		Map<String, List<String>> provincesOf = new LinkedHashMap<>();
		jdbc.query("select zone_code, region_code from region_zone order by region_code",
				rs -> {
					provincesOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				});
		return jdbc.query("select code, kind, name_zh, name_en from strategic_zone order by sort_order",
				(rs, n) -> new ZoneView(rs.getString(1), ZoneView.Kind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), List.copyOf(provincesOf.getOrDefault(rs.getString(1), List.of()))));
	}

	@Override
	public Optional<RegionView> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	@Override
	public boolean exists(String code) {
		return this.byCode.containsKey(code);
	}

	@Override
	public Map<String, RegionView> findAll(Collection<String> codes) {
		Map<String, RegionView> found = new LinkedHashMap<>();
		for (String code : codes) {
			RegionView view = code == null ? null : this.byCode.get(code);
			if (view != null) {
				found.put(code, view);
			}
		}
		return Collections.unmodifiableMap(found);
	}

	@Override
	public List<RegionView> provinces() {
		return this.provinces;
	}

	@Override
	public List<RegionView> children(String code) {
		return this.childrenByParent.getOrDefault(code, List.of());
	}

	@Override
	public List<RegionView> ancestors(String code) {
		List<RegionView> up = new ArrayList<>();
		RegionView current = this.byCode.get(code);
		while (current != null && current.parentCode() != null) {
			current = this.byCode.get(current.parentCode());
			if (current != null) {
				up.add(0, current);
			}
		}
		return List.copyOf(up);
	}

	@Override
	public List<ZoneView> zones() {
		return List.copyOf(this.zones.values());
	}

	@Override
	public Optional<ZoneView> zone(String code) {
		return Optional.ofNullable(this.zones.get(code));
	}

	@Override
	public Page<RegionView> search(RegionSearch search, Pageable pageable) {
		RegionFilter filter = new RegionFilter(search);
		List<RegionView> matches = new ArrayList<>();
		for (RegionView r : this.ordered) {
			if (filter.test(r)) {
				matches.add(r);
			}
		}
		Sort.Order byCode = pageable.getSort().getOrderFor("code");
		if (byCode != null && byCode.isDescending()) {
			Collections.reverse(matches);
		}
		if (pageable.isUnpaged()) {
			return new PageImpl<>(matches, pageable, matches.size());
		}
		int from = (int) Math.min(pageable.getOffset(), matches.size());
		int to = Math.min(from + pageable.getPageSize(), matches.size());
		return new PageImpl<>(List.copyOf(matches.subList(from, to)), pageable, matches.size());
	}

}
