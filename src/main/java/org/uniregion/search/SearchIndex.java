package org.uniregion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.StartupTask;
import org.uniregion.shared.ConflictException;

/**
 * Keeps the index and the database telling the same story. Committed changes reach the index by themselves
 * (Hibernate Search indexes after commit, never a rolled-back change); this covers the rest: a rebuild on
 * demand (admin page, API, or the start-up option {@code uniregion.search.rebuild=true}), and a check at
 * start-up that rebuilds by itself when the counts differ (a new or deleted index, a crash between the
 * database commit and the index commit), and that indexes every record again, in place, when the index was built
 * without the term vectors that highlighting reads (by an older version; until then highlighting analyzes the
 * text as it used to, so what users see is right all along). The check runs in the background once the product
 * answers; a rebuild is reported to {@link BackgroundWork} (the home page shows it to administrators), and while it
 * runs every search answer says so ({@link SearchAnswer#indexing()}), for its hits may be incomplete.
 */
@Service
class SearchIndex implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory emf;

	private final AccessPolicy policy;

	private final boolean rebuildOnStart;

	private final BackgroundWork background;

	private final AtomicReference<IndexStatus.@Nullable Rebuild> rebuild = new AtomicReference<>();

	SearchIndex(EntityManagerFactory emf, AccessPolicy policy,
			@Value("${uniregion.search.rebuild:false}") boolean rebuildOnStart, BackgroundWork background) {
		this.emf = emf;
		this.policy = policy;
		this.rebuildOnStart = rebuildOnStart;
		this.background = background;
	}

	@Override
	public String key() {
		return "search-check";
	}

	/** After the demo data (whose records reach the index as they are committed). */
	@Override
	public int order() {
		return 50;
	}

	@Override
	public void run(BackgroundWork.Progress progress) {
		checkAtStartup();
	}

	void checkAtStartup() {
		if (this.rebuildOnStart) {
			log.info("Rebuilding the search index, as asked by uniregion.search.rebuild");
			start("command");
			return;
		}
		IndexStatus status = status();
		if (!status.consistent()) {
			log.info("The search index differs from the database ({}); rebuilding it in the background",
					status.entries());
			start("inconsistent");
		}
		else if (!termVectors()) {
			log.info("The search index was built without term vectors for highlighting (by an older version); "
					+ "indexing every record again in the background, in place (until then those records' "
					+ "highlights are computed by analyzing their text, as before)");
			refresh("mapping");
		}
	}

	/** Whether the highlighted fields of every kind of record have term vectors ({@link StoredHighlights}). */
	boolean termVectors() {
		SearchMapping mapping = Search.mapping(this.emf);
		for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
			try (IndexReader reader = mapping.scope(entity.javaClass()).extension(LuceneExtension.get())
				.openIndexReader()) {
				if (!StoredHighlights.hasVectors(reader, HIGHLIGHTED_FIELDS)) {
					return false;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return true;
	}

	/** The fields that catalogs highlight (titles, abstracts, demands' texts). */
	static final List<String> HIGHLIGHTED_FIELDS = List.of("title", "abstract", "text");

	/**
	 * Indexes every record again where it is, without emptying the index first (the mass indexer would: searches
	 * would miss records until it is done). Each batch of records is replaced in the index when its transaction
	 * commits; searches see every record all along.
	 */
	synchronized IndexStatus.Rebuild refresh(String reason) {
		IndexStatus.Rebuild current = this.rebuild.get();
		if (current != null && current.running()) {
			throw new ConflictException("search.rebuild.running");
		}
		Instant started = Instant.now();
		IndexStatus.Rebuild running = new IndexStatus.Rebuild("RUNNING", reason, 0, 0, started, null, null);
		this.rebuild.set(running);
		BackgroundWork.Tracked tracked = this.background.begin("search-refresh");
		Thread worker = new Thread(() -> {
			long total = 0;
			long done = 0;
			try {
				SearchMapping mapping = Search.mapping(this.emf);
				try (EntityManager em = this.emf.createEntityManager()) {
					for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
						total += em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
							.getSingleResult();
					}
				}
				for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
					long last = Long.MIN_VALUE;
					while (true) {
						List<?> batch;
						try (EntityManager em = this.emf.createEntityManager()) {
							em.getTransaction().begin();
							batch = em.createQuery("select e from " + entity.jpaName() + " e where e.id > :last order by e.id",
									entity.javaClass())
								.setParameter("last", last)
								.setMaxResults(REFRESH_BATCH)
								.getResultList();
							var plan = Search.session(em).indexingPlan();
							batch.forEach(plan::addOrUpdate);
							em.getTransaction().commit();
							if (!batch.isEmpty()) {
								last = (Long) this.emf.getPersistenceUnitUtil().getIdentifier(batch.get(batch.size() - 1));
							}
						}
						if (batch.isEmpty()) {
							break;
						}
						done += batch.size();
						long t = Math.max(total, done);
						long d = done;
						this.rebuild.updateAndGet(r -> r != null && r.running()
								? new IndexStatus.Rebuild("RUNNING", reason, t, d, started, null, null) : r);
						tracked.progress(d, t);
					}
				}
				log.info("Search index refreshed in place: {} documents in {} ms", done,
						Instant.now().toEpochMilli() - started.toEpochMilli());
				this.rebuild.set(new IndexStatus.Rebuild("DONE", reason, done, done, started, Instant.now(), null));
				tracked.done();
			}
			catch (RuntimeException ex) {
				tracked.failed();
				log.error("Refreshing the search index failed", ex);
				this.rebuild.set(new IndexStatus.Rebuild("FAILED", reason, total, done, started, Instant.now(),
						String.valueOf(ex.getMessage())));
			}
		}, "search-index-refresh");
		worker.setDaemon(true);
		worker.start();
		return running;
	}

	private static final int REFRESH_BATCH = 200;

	IndexStatus status(Caller caller) {
		this.policy.requireRead(caller, Resource.SEARCH_INDEX);
		return status();
	}

	IndexStatus.Rebuild rebuild(Caller caller) {
		this.policy.requireWrite(caller, Resource.SEARCH_INDEX);
		return start("admin");
	}

	IndexStatus status() {
		SearchMapping mapping = Search.mapping(this.emf);
		List<IndexStatus.Entry> entries = new ArrayList<>();
		try (EntityManager em = this.emf.createEntityManager()) {
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				long inDatabase = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
				long inIndex = Search.session(em).search(entity.javaClass()).where(f -> f.matchAll())
					.fetchTotalHitCount();
				entries.add(new IndexStatus.Entry(entity.jpaName(), inDatabase, inIndex));
			}
		}
		return new IndexStatus(entries, currentRebuild());
	}

	/** The running or last rebuild (or refresh), without counting anything; null if none ran. */
	IndexStatus.@Nullable Rebuild currentRebuild() {
		return this.rebuild.get();
	}

	private synchronized IndexStatus.Rebuild start(String reason) {
		IndexStatus.Rebuild current = this.rebuild.get();
		if (current != null && current.running()) {
			throw new ConflictException("search.rebuild.running");
		}
		AtomicLong total = new AtomicLong();
		AtomicLong indexed = new AtomicLong();
		Instant started = Instant.now();
		IndexStatus.Rebuild running = new IndexStatus.Rebuild("RUNNING", reason, 0, 0, started, null, null);
		this.rebuild.set(running);
		BackgroundWork.Tracked tracked = this.background.begin("search-rebuild");
		Object sessionFactory = IndexRebuilds.sessionFactory(this.emf);
		IndexRebuilds.running(sessionFactory, running);
		MassIndexingMonitor monitor = new MassIndexingMonitor() {

			@Override
			public void addToTotalCount(long count) {
				update(total.addAndGet(count), indexed.get());
			}

			@Override
			public void documentsAdded(long count) {
				update(total.get(), indexed.addAndGet(count));
			}

			@Override
			public void documentsBuilt(long count) {
			}

			@Override
			public void entitiesLoaded(long count) {
			}

			@Override
			public void indexingCompleted() {
			}

			private void update(long t, long i) {
				IndexStatus.Rebuild now = SearchIndex.this.rebuild.updateAndGet(r -> r != null && r.running()
						? new IndexStatus.Rebuild("RUNNING", reason, t, i, started, null, null) : r);
				if (now != null && now.running()) {
					IndexRebuilds.running(sessionFactory, now);
					tracked.progress(i, t);
					IndexStatus.Rebuild after = SearchIndex.this.rebuild.get();
					if (after == null || !after.running()) {
						IndexRebuilds.finished(sessionFactory); // finished meanwhile
					}
				}
			}

		};
		Search.mapping(this.emf).scope(Object.class).massIndexer()
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(200)
			.purgeAllOnStart(true)
			.monitor(monitor)
			.start()
			.whenComplete((ignored, failure) -> {
				Instant finished = Instant.now();
				if (failure == null) {
					// Success means every entity was indexed (the monitor's last counts may still be on their way).
					log.info("Search index rebuilt: {} documents in {} ms", total.get(),
							finished.toEpochMilli() - started.toEpochMilli());
					this.rebuild.set(new IndexStatus.Rebuild("DONE", reason, total.get(), total.get(), started,
							finished, null));
				}
				else {
					log.error("Rebuilding the search index failed", failure);
					this.rebuild.set(new IndexStatus.Rebuild("FAILED", reason, total.get(), indexed.get(), started,
							finished, String.valueOf(failure.getMessage())));
				}
				// Only now that the state is no longer RUNNING: a late progress report cannot bring the notice back.
				IndexRebuilds.finished(sessionFactory);
				if (failure == null) {
					tracked.done();
				}
				else {
					tracked.failed();
				}
			});
		return running;
	}

}
