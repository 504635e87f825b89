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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalog: the real NASA technology offers (English) and the real CSL Chinese research abstracts,
 * shipped in {@code demo/catalog/} with their notices, loaded as published demo results of the office. Every
 * record keeps what its source says, and says where it comes from ({@link CatalogSource}). A source is loaded
 * once: when no record of it exists yet.
 * <p>
 * The office owns them (no owner id): they are offers of other institutions that the office shows, so no
 * researcher of the university sees them as its own, and interest in them goes to the office.
 */
@Component
class DemoCatalog {

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

	/** Loads the sources not loaded yet, in the caller's transaction; answers how many records it stored. */
	int loadMissing(String ownerName) {
		int count = 0;
		for (CatalogSource source : CatalogSource.values()) {
			if (this.repository.existsBySource(source.name())) {
				continue;
			}
			int[] n = { 0 };
			Consumer<ResearchResult> store = r -> {
				this.em.persist(r);
				if (++n[0] % FLUSH_EVERY == 0) {
					this.em.flush();
					this.em.clear();
				}
			};
			switch (source) {
				case NASA -> nasa(ownerName, store);
				case CSL -> csl(ownerName, store);
			}
			this.em.flush();
			this.em.clear();
			count += n[0];
		}
		return count;
	}

	private void nasa(String ownerName, Consumer<ResearchResult> store) {
		try (Reader in = open(CatalogSource.NASA)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				store.accept(nasaResult(row.get("Title"), row.get("Abstract"), row.get("Category"), row.get("Facility"),
						row.get("Office"), row.get("Reference Number"), row.get("Patent Number"), row.get("Serial Number"),
						row.get("Expiration Date"), ownerName));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One NASA offer: a patent when it has a patent number, its center as the lab, the case number kept. */
	static ResearchResult nasaResult(String title, String abstractText, String category, String facility, String office,
			String reference, String patentNumber, String serialNumber, String expiration, String ownerName) {
		boolean patent = present(patentNumber);
		LocalDate expires = expiration.length() >= 10 ? LocalDate.parse(expiration.substring(0, 10)) : null;
		if (NO_DATE.equals(expires)) {
			expires = null;
		}
		List<String> numbers = new ArrayList<>();
		IpStatus status = null;
		if (patent) {
			numbers.add("US " + patentNumber.trim());
			status = expires != null && expires.isBefore(LocalDate.now()) ? IpStatus.EXPIRED : IpStatus.GRANTED;
		}
		else if (present(serialNumber) && !serialNumber.trim().equals("/0")) {
			numbers.add("US appl. " + serialNumber.trim());
			status = IpStatus.FILED;
		}
		if (present(reference)) {
			numbers.add("NASA " + reference.trim());
		}
		ResearchResult.Content c = new ResearchResult.Content(patent ? ResultType.PATENT : ResultType.OTHER, title.trim(),
				blankToNull(abstractText), List.of(), blankToNull(category), List.of(), List.of(), null, status, numbers,
				List.of(), blankToNull(facility), blankToNull(office), EnumSet.of(TransferMode.LICENSE), null, null, "en");
		ResearchResult r = new ResearchResult(c, null, ownerName, true);
		r.publishFromSource(CatalogSource.NASA.name(), expires);
		return r;
	}

	private void csl(String ownerName, Consumer<ResearchResult> store) {
		try (BufferedReader in = new BufferedReader(open(CatalogSource.CSL))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode n = this.json.readTree(line);
				List<String> keywords = new ArrayList<>();
				n.path("keywords").forEach(k -> keywords.add(k.asString().trim()));
				store.accept(cslResult(n.path("title").asString(), n.path("abstract").asString(), keywords,
						n.path("discipline").asString(), ownerName));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One CSL record: a paper (论文) with its abstract, keywords and discipline, in Chinese. */
	static ResearchResult cslResult(String title, String abstractText, List<String> keywords, String discipline,
			String ownerName) {
		ResearchResult.Content c = new ResearchResult.Content(ResultType.PAPER, title.trim(), blankToNull(abstractText),
				keywords.stream().filter(k -> !k.isBlank()).distinct().toList(), blankToNull(discipline), List.of(),
				List.of(), null, null, List.of(), List.of(), null, null, Set.of(), null, null, "zh");
		ResearchResult r = new ResearchResult(c, null, ownerName, true);
		r.publishFromSource(CatalogSource.CSL.name(), null);
		return r;
	}

	private static Reader open(CatalogSource source) throws IOException {
		InputStream raw = new ClassPathResource(source.resource()).getInputStream();
		return new InputStreamReader(new GZIPInputStream(raw, 64 * 1024), StandardCharsets.UTF_8);
	}

	private static boolean present(@Nullable String s) {
		return s != null && !s.isBlank() && !s.trim().equals("0");
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
