package org.uniregion.platform;

import java.util.Objects;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.uniregion.shared.NotFoundException;

/**
 * The one place that decides what a caller may see and change. Every query of a scoped record goes
 * through {@link #readable}; every single-record read through {@link #checkRead}; every change through
 * {@link #checkWrite}. Controllers never decide on their own.
 * <p>
 * Out-of-scope records are answered as "not found" on read, so that their existence does not leak;
 * an attempt to change a record the caller may see but not change is answered "forbidden".
 */
@Component
public class AccessPolicy {

	/** The part of {@code resource} the caller may read. */
	public Scope readScope(Caller caller, Resource resource) {
		Role role = caller.role();
		if (resource == Resource.REGION) {
			return Scope.ALL;
		}
		if (resource == Resource.RESEARCH_RESULT && role == null) {
			return PUBLISHED;
		}
		if (role == null) {
			return Scope.NONE;
		}
		return switch (resource) {
			case REGION -> Scope.ALL;
			case RESEARCH_RESULT -> switch (role) {
				case ADMIN, STAFF, AUDITOR -> Scope.ALL;
				case RESEARCHER -> Scope.anyOf(ownerScope(caller), new Scope.Visible(java.util.Set.of("INTERNAL", "PUBLISHED")));
				case ENTERPRISE, REGION_PARTNER, REVIEWER -> PUBLISHED;
			};
			case DEMAND -> switch (role) {
				case ADMIN, STAFF, AUDITOR -> Scope.ALL;
				case REGION_PARTNER -> regionScope(caller);
				case ENTERPRISE -> Scope.anyOf(organizationScope(caller), ownerScope(caller));
				case RESEARCHER, REVIEWER -> Scope.NONE;
			};
			case ORGANIZATION, AGREEMENT -> switch (role) {
				case ADMIN, STAFF, AUDITOR -> Scope.ALL;
				case REGION_PARTNER -> regionScope(caller);
				case ENTERPRISE -> organizationScope(caller);
				case RESEARCHER, REVIEWER -> Scope.NONE;
			};
			case AUDIT_TRAIL -> (role == Role.ADMIN || role == Role.AUDITOR) ? Scope.ALL : Scope.NONE;
			case ACCOUNT, SEARCH_INDEX -> role == Role.ADMIN ? Scope.ALL : Scope.NONE;
			case LEAD -> switch (role) {
				case ADMIN, STAFF, AUDITOR -> Scope.ALL;
				case RESEARCHER -> ownerScope(caller);
				case ENTERPRISE, REGION_PARTNER, REVIEWER -> Scope.NONE;
			};
			case IMPORT_JOB -> importJobScope(caller, role);
		};
	}

	/** The part of {@code resource} the caller may create, change or delete. */
	public Scope writeScope(Caller caller, Resource resource) {
		Role role = caller.role();
		if (role == null) {
			return Scope.NONE;
		}
		return switch (resource) {
			case REGION, AUDIT_TRAIL -> Scope.NONE;
			case ORGANIZATION -> switch (role) {
				case ADMIN, STAFF -> Scope.ALL;
				case REGION_PARTNER -> regionScope(caller);
				default -> Scope.NONE;
			};
			case AGREEMENT, LEAD -> (role == Role.ADMIN || role == Role.STAFF) ? Scope.ALL : Scope.NONE;
			case ACCOUNT, SEARCH_INDEX -> role == Role.ADMIN ? Scope.ALL : Scope.NONE;
			case IMPORT_JOB -> importJobScope(caller, role);
			case RESEARCH_RESULT -> switch (role) {
				case ADMIN, STAFF -> Scope.ALL;
				case RESEARCHER -> ownerScope(caller);
				default -> Scope.NONE;
			};
			case DEMAND -> switch (role) {
				case ADMIN, STAFF -> Scope.ALL;
				case REGION_PARTNER -> regionScope(caller);
				case ENTERPRISE -> Scope.anyOf(organizationScope(caller), ownerScope(caller));
				default -> Scope.NONE;
			};
		};
	}

	/** Published records, which everyone may read (the public catalog). */
	private static final Scope PUBLISHED = new Scope.Visible(java.util.Set.of("PUBLISHED"));

	public boolean mayRead(Caller caller, Resource resource) {
		return !(readScope(caller, resource) instanceof Scope.None);
	}

	public boolean mayWrite(Caller caller, Resource resource) {
		return !(writeScope(caller, resource) instanceof Scope.None);
	}

	/** A query restriction to the records of {@code resource} that the caller may read. */
	public <T> Specification<T> readable(Caller caller, Resource resource, ScopePaths paths) {
		Scope scope = readScope(caller, resource);
		return (root, query, cb) -> predicate(scope, paths, root, cb);
	}

	/** Throws "not found" unless the caller may read the record. */
	public void checkRead(Caller caller, Resource resource, ScopedRecord record, Object id) {
		if (!contains(readScope(caller, resource), record)) {
			throw NotFoundException.of(resource.name().toLowerCase(java.util.Locale.ROOT), id);
		}
	}

	/**
	 * Throws unless the caller may change the record: "not found" when it may not even see it,
	 * "forbidden" when it may see but not change it. For a new record, pass the record as it would be.
	 */
	public void checkWrite(Caller caller, Resource resource, ScopedRecord record, @Nullable Object id) {
		if (id != null && !contains(readScope(caller, resource), record)) {
			throw NotFoundException.of(resource.name().toLowerCase(java.util.Locale.ROOT), id);
		}
		if (!contains(writeScope(caller, resource), record)) {
			throw new AccessDeniedException("You may not change this " + resource.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/** Throws "forbidden" unless the caller may read some part of {@code resource}. */
	public void requireRead(Caller caller, Resource resource) {
		if (!mayRead(caller, resource)) {
			throw new AccessDeniedException("You may not see " + resource.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/** Throws "forbidden" unless the caller may change some part of {@code resource}. */
	public void requireWrite(Caller caller, Resource resource) {
		if (!mayWrite(caller, resource)) {
			throw new AccessDeniedException("You may not change " + resource.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	static boolean contains(Scope scope, ScopedRecord record) {
		if (scope instanceof Scope.All) {
			return true;
		}
		if (scope instanceof Scope.Region r) {
			String code = record.scopeRegionCode();
			return code != null && code.startsWith(r.codePrefix());
		}
		if (scope instanceof Scope.Organization o) {
			return Objects.equals(record.scopeOrganizationId(), o.organizationId());
		}
		if (scope instanceof Scope.Owner o) {
			return Objects.equals(record.scopeOwnerId(), o.userId());
		}
		if (scope instanceof Scope.Visible v) {
			return record.scopeVisibility() != null && v.levels().contains(record.scopeVisibility());
		}
		if (scope instanceof Scope.AnyOf any) {
			return any.scopes().stream().anyMatch(s -> contains(s, record));
		}
		return false;
	}

	private static <T> Predicate predicate(Scope scope, ScopePaths paths, Root<T> root, CriteriaBuilder cb) {
		if (scope instanceof Scope.All) {
			return cb.conjunction();
		}
		if (scope instanceof Scope.Region r && paths.regionCode() != null) {
			return cb.like(path(root, paths.regionCode()), r.codePrefix() + "%");
		}
		if (scope instanceof Scope.Organization o && paths.organizationId() != null) {
			return cb.equal(path(root, paths.organizationId()), o.organizationId());
		}
		if (scope instanceof Scope.Owner o && paths.ownerId() != null) {
			return cb.equal(path(root, paths.ownerId()), o.userId());
		}
		if (scope instanceof Scope.Visible v && paths.visibility() != null) {
			Path<Object> visibility = path(root, paths.visibility());
			// The attribute may be an enum: compare by name through the values of its own type.
			Class<?> type = visibility.getJavaType();
			java.util.List<Object> values = new java.util.ArrayList<>();
			for (String level : v.levels()) {
				values.add(type != null && type.isEnum() ? enumValue(type, level) : level);
			}
			return visibility.in(values);
		}
		if (scope instanceof Scope.AnyOf any) {
			return cb.or(any.scopes().stream().map(s -> predicate(s, paths, root, cb)).toArray(Predicate[]::new));
		}
		return cb.disjunction();
	}

	@SuppressWarnings("unchecked")
	private static <X> Path<X> path(Root<?> root, String dotted) {
		Path<?> p = root;
		for (String part : dotted.split("\\.")) {
			p = p.get(part);
		}
		return (Path<X>) p;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String name) {
		return Enum.valueOf((Class) type, name);
	}

	/** Bulk imports: the office sees every job, the roles that may import see their own. */
	private static Scope importJobScope(Caller caller, Role role) {
		return switch (role) {
			case ADMIN, STAFF -> Scope.ALL;
			case RESEARCHER, REGION_PARTNER, ENTERPRISE -> ownerScope(caller);
			default -> Scope.NONE;
		};
	}

	private static Scope ownerScope(Caller caller) {
		return caller.userId() == null ? Scope.NONE : new Scope.Owner(caller.userId());
	}

	private static Scope regionScope(Caller caller) {
		return caller.regionCode() == null ? Scope.NONE : new Scope.Region(RegionCodes.prefix(caller.regionCode()));
	}

	private static Scope organizationScope(Caller caller) {
		return caller.organizationId() == null ? Scope.NONE : new Scope.Organization(caller.organizationId());
	}

}
