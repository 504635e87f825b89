package org.uniregion.result;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalog: the real NASA technology offers (English) and the real CSL Chinese research abstracts of
 * science, engineering, agriculture and medicine, shipped in {@code demo/catalog/} with their notices, loaded as
 * published demo results of the office. Every record keeps what its source says, says where it comes from
 * ({@link CatalogSource}) and which record of the source it is ({@code source_key}).
 * <ul>
 * <li>CSL: one result per paper whose discipline belongs to science, engineering, agriculture or medicine (the
 * CSL categories 理学, 工学, 农学, 医学; see {@link Disciplines}); papers of the humanities, social sciences,
 * management, economics, law, education, arts and military science are not technology on offer and are left out.
 * The discipline is stored as its key in the vocabulary, the keywords and the language as the source gives them.</li>
 * <li>NASA: the portfolio lists some offers more than once (the same row twice, or one invention under several
 * patents, centres or case numbers). Rows whose titles are equal (ignoring case and spacing) are one offer that
 * lists all their patent, application and case numbers and all their centres.</li>
 * </ul>
 * The database remembers the release of the catalog it holds ({@code demo_catalog_release}); a database with an
 * older release (or none: the first release did not record it) is brought in line on start: demo records of the
 * source that are no longer shipped are deleted, the others updated in place (their id, and so their leads,
 * stay), the new ones added. Records that are not the demo catalog's are never touched.
 * <p>
 * The office owns them (no owner id): they are offers of other institutions that the office shows, so no
 * researcher of the university sees them as its own, and interest in them goes to the office.
 */
@Component
class DemoCatalog {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	/** The release of the shipped catalog; raise it whenever what the loader makes of the sources changes. */
	static final int RELEASE = 2;

	static final int FLUSH_EVERY = 500;

	/** NASA writes this date where a patent has no known expiry. */
	private static final LocalDate NO_DATE = LocalDate.of(1970, 1, 1);

	private final ResearchResultRepository repository;

	private final EntityManager em;

	private final JsonMapper json = JsonMapper.builder().build();

	DemoCatalog(ResearchResultRepository repository, EntityManager em) {
		this.repository = repository;
		this.em = em;
	}

	/** One record of the shipped catalog: its key in the source, its content, when its IP expires. */
	record Entry(String key, ResearchResult.Content content, @Nullable LocalDate expires) {
	}

	/**
	 * Loads the sources not loaded yet and brings those of an older release in line, in the caller's transaction;
	 * answers how many records it stored, updated or deleted.
	 */
	int loadMissing(String ownerName) {
		int count = 0;
		for (CatalogSource source : CatalogSource.values()) {
			Integer release = release(source);
			if (release != null && release >= RELEASE) {
				continue;
			}
			List<Entry> shipped = entries(source);
			count += this.repository.existsBySource(source.name()) ? upgrade(source, shipped, ownerName)
					: insert(source, shipped, ownerName);
			this.em.flush();
			this.em.clear();
			this.em.createNativeQuery("insert into demo_catalog_release (source, release) values (?1, ?2) "
					+ "on conflict (source) do update set release = excluded.release")
				.setParameter(1, source.name())
				.setParameter(2, RELEASE)
				.executeUpdate();
		}
		return count;
	}

	private @Nullable Integer release(CatalogSource source) {
		List<?> rows = this.em.createNativeQuery("select release from demo_catalog_release where source = ?1")
			.setParameter(1, source.name())
			.getResultList();
		return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
	}

	private int insert(CatalogSource source, List<Entry> shipped, String ownerName) {
		int n = 0;
		for (Entry e : shipped) {
			this.em.persist(newRecord(source, e, ownerName));
			if (++n % FLUSH_EVERY == 0) {
				this.em.flush();
				this.em.clear();
			}
		}
		return n;
	}

	/**
	 * Brings the demo records of an older release in line with {@code shipped}: a record is the entry with its key,
	 * or (a first-release record, without key) the entry with its title; a second record for the same entry and
	 * a record of no shipped entry are deleted.
	 */
	private int upgrade(CatalogSource source, List<Entry> shipped, String ownerName) {
		Map<String, Entry> byKey = new LinkedHashMap<>();
		Map<String, String> keyByTitle = new HashMap<>();
		for (Entry e : shipped) {
			byKey.put(e.key(), e);
			keyByTitle.putIfAbsent(normalizedTitle(e.content().title()), e.key());
		}
		Set<String> claimed = new HashSet<>();
		int deleted = 0;
		int updated = 0;
		for (ResearchResult r : this.repository.findBySourceAndDemoTrueOrderById(source.name())) {
			String key = r.getSourceKey() != null ? r.getSourceKey() : keyByTitle.get(normalizedTitle(r.getTitle()));
			if (key == null || !byKey.containsKey(key) || !claimed.add(key)) {
				this.em.remove(r);
				deleted++;
			}
			else {
				Entry e = byKey.get(key);
				r.refreshFromSource(e.content(), key, e.expires(), ownerName);
				updated++;
			}
		}
		this.em.flush();
		int added = 0;
		for (Entry e : shipped) {
			if (!claimed.contains(e.key())) {
				this.em.persist(newRecord(source, e, ownerName));
				added++;
			}
		}
		log.info("Demo catalog {} brought to release {}: {} records updated, {} deleted (no longer shipped), {} added",
				source, RELEASE, updated, deleted, added);
		return updated + deleted + added;
	}

	private static ResearchResult newRecord(CatalogSource source, Entry e, String ownerName) {
		ResearchResult r = new ResearchResult(e.content(), null, ownerName, true);
		r.publishFromSource(source.name(), e.expires());
		r.keyInSource(e.key());
		return r;
	}

	/** What the catalog ships of a source, in the source's order. */
	List<Entry> entries(CatalogSource source) {
		return switch (source) {
			case NASA -> nasa();
			case CSL -> csl();
		};
	}

	static String normalizedTitle(String title) {
		return String.join(" ", title.trim().split("\\s+")).toLowerCase(Locale.ROOT);
	}

	/** One row of the NASA portfolio. */
	record NasaRow(String title, String abstractText, String category, String facility, String office, String reference,
			String patentNumber, String serialNumber, String expiration) {
	}

	private List<Entry> nasa() {
		Map<String, List<NasaRow>> offers = new LinkedHashMap<>();
		try (Reader in = open(CatalogSource.NASA)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				NasaRow r = new NasaRow(row.get("Title"), row.get("Abstract"), row.get("Category"), row.get("Facility"),
						row.get("Office"), row.get("Reference Number"), row.get("Patent Number"), row.get("Serial Number"),
						row.get("Expiration Date"));
				offers.computeIfAbsent(normalizedTitle(r.title()), t -> new ArrayList<>()).add(r);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return offers.values().stream().map(DemoCatalog::nasaOffer).toList();
	}

	/**
	 * One NASA offer from the rows with its title: a patent when one of them has a patent number (granted while one
	 * is in force), all patent, application and case numbers, all centres as the lab, the longest abstract, the
	 * first row's category as the discipline; its key is the first case number.
	 */
	static Entry nasaOffer(List<NasaRow> rows) {
		NasaRow first = rows.get(0);
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> cases = new LinkedHashSet<>();
		Set<String> labs = new LinkedHashSet<>();
		Set<String> offices = new LinkedHashSet<>();
		String abstractText = null;
		boolean patent = false;
		boolean inForce = false;
		boolean filed = false;
		LocalDate expires = null;
		for (NasaRow row : rows) {
			LocalDate rowExpires = row.expiration().length() >= 10 ? LocalDate.parse(row.expiration().substring(0, 10)) : null;
			if (NO_DATE.equals(rowExpires)) {
				rowExpires = null;
			}
			if (present(row.patentNumber())) {
				patent = true;
				numbers.add("US " + row.patentNumber().trim());
				inForce |= rowExpires == null || !rowExpires.isBefore(LocalDate.now());
				if (rowExpires != null && (expires == null || rowExpires.isAfter(expires))) {
					expires = rowExpires;
				}
			}
			else if (present(row.serialNumber()) && !row.serialNumber().trim().equals("/0")) {
				numbers.add("US appl. " + row.serialNumber().trim());
				filed = true;
			}
			if (present(row.reference())) {
				cases.add(row.reference().trim());
			}
			String a = blankToNull(row.abstractText());
			if (a != null && (abstractText == null || a.length() > abstractText.length())) {
				abstractText = a;
			}
			addIfPresent(labs, row.facility());
			addIfPresent(offices, row.office());
		}
		cases.forEach(c -> numbers.add("NASA " + c));
		IpStatus status = patent ? (inForce ? IpStatus.GRANTED : IpStatus.EXPIRED) : filed ? IpStatus.FILED : null;
		String discipline = Disciplines.find(first.category()).map(Disciplines.Discipline::key).orElse(blankToNull(first.category()));
		ResearchResult.Content c = new ResearchResult.Content(patent ? ResultType.PATENT : ResultType.OTHER,
				first.title().trim(), abstractText, List.of(), discipline, List.of(), List.of(), null, status,
				List.copyOf(numbers), List.of(), joined(labs), joined(offices), EnumSet.of(TransferMode.LICENSE), null, null,
				"en");
		String key = cases.isEmpty() ? normalizedTitle(first.title()) : cases.iterator().next();
		return new Entry(key.length() > 64 ? key.substring(0, 64) : key, c, patent ? expires : null);
	}

	private List<Entry> csl() {
		List<Entry> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(open(CatalogSource.CSL))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode n = this.json.readTree(line);
				List<String> keywords = new ArrayList<>();
				n.path("keywords").forEach(k -> keywords.add(k.asString().trim()));
				Entry e = cslPaper(n.path("id").asString(), n.path("title").asString(), n.path("abstract").asString(),
						keywords, n.path("discipline").asString());
				if (e != null) {
					out.add(e);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * One CSL paper (论文) with its abstract, keywords and discipline, in Chinese; null for a paper outside science,
	 * engineering, agriculture and medicine, or of a discipline the vocabulary does not know.
	 */
	static @Nullable Entry cslPaper(String id, String title, String abstractText, List<String> keywords, String discipline) {
		Disciplines.Discipline d = Disciplines.find(discipline).orElse(null);
		if (d == null || !d.field().technical()) {
			return null;
		}
		ResearchResult.Content c = new ResearchResult.Content(ResultType.PAPER, title.trim(), blankToNull(abstractText),
				keywords.stream().filter(k -> !k.isBlank()).distinct().toList(), d.key(), List.of(), List.of(), null, null,
				List.of(), List.of(), null, null, Set.of(), null, null, "zh");
		return new Entry(id, c, null);
	}

	private static Reader open(CatalogSource source) throws IOException {
		InputStream raw = new ClassPathResource(source.resource()).getInputStream();
		return new InputStreamReader(new GZIPInputStream(raw, 64 * 1024), StandardCharsets.UTF_8);
	}

	private static void addIfPresent(Set<String> set, @Nullable String s) {
		String v = blankToNull(s);
		if (v != null) {
			set.add(v);
		}
	}

	private static @Nullable String joined(Set<String> values) {
		return values.isEmpty() ? null : String.join("; ", values);
	}

	private static boolean present(@Nullable String s) {
		return s != null && !s.isBlank() && !s.trim().equals("0");
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
