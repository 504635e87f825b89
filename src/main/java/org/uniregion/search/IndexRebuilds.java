package org.uniregion.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

/**
 * The rebuilds running now, by the Hibernate session factory whose index they rebuild (one per application
 * context), so that every search on that index can say that its hits may be incomplete.
 */
final class IndexRebuilds {

	private static final Map<Object, IndexStatus.Rebuild> RUNNING = new ConcurrentHashMap<>();

	private IndexRebuilds() {
	}

	static Object sessionFactory(EntityManagerFactory emf) {
		return emf.unwrap(SessionFactory.class);
	}

	static void running(Object sessionFactory, IndexStatus.Rebuild rebuild) {
		RUNNING.put(sessionFactory, rebuild);
	}

	static void finished(Object sessionFactory) {
		RUNNING.remove(sessionFactory);
	}

	/** The rebuild of the index this session searches, if one is running. */
	static SearchAnswer.@Nullable Indexing of(SearchSession session) {
		if (RUNNING.isEmpty()) {
			return null;
		}
		IndexStatus.Rebuild r = RUNNING.get(session.toOrmSession().getSessionFactory());
		return r == null ? null : new SearchAnswer.Indexing(r.indexed(), r.total(), r.percent());
	}

}
