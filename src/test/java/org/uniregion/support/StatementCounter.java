package org.uniregion.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records the SQL statements Hibernate prepares while serving a request that carries the header {@link #HEADER}
 * (its value names the recording), so that a test can count the statements of one request whatever else the
 * application does meanwhile. Installed in the test profile as Hibernate's statement inspector; it leaves every
 * statement as it is.
 */
public final class StatementCounter implements StatementInspector {

	public static final String HEADER = "X-Test-Record-Statements";

	private static final Map<String, List<String>> recorded = new ConcurrentHashMap<>();

	@Override
	public String inspect(String sql) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String name = attributes.getRequest().getHeader(HEADER);
			if (name != null) {
				recorded.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(sql);
			}
		}
		return sql;
	}

	/** The statements recorded under {@code name}, and forgets them. */
	public static List<String> take(String name) {
		List<String> statements = recorded.remove(name);
		return statements == null ? List.of() : List.copyOf(statements);
	}

}
