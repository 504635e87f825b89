package org.uniregion.search;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.uniregion.platform.Scope;
import org.uniregion.platform.ScopePaths;

/**
 * Renders a scope of the access policy as an index predicate, as the policy itself renders it as a JPA
 * specification: the policy decides what a caller may see, this only says it in the index's language. The
 * paths name index fields; a scope on an attribute the index lacks matches nothing (never everything).
 */
public final class SearchScopes {

	private SearchScopes() {
	}

	public static SearchPredicate predicate(SearchPredicateFactory f, Scope scope, ScopePaths fields) {
		if (scope instanceof Scope.All) {
			return f.matchAll().toPredicate();
		}
		if (scope instanceof Scope.Region r && fields.regionCode() != null) {
			return f.prefix().field(fields.regionCode()).matching(r.codePrefix()).toPredicate();
		}
		if (scope instanceof Scope.Organization o && fields.organizationId() != null) {
			return f.match().field(fields.organizationId()).matching(o.organizationId()).toPredicate();
		}
		if (scope instanceof Scope.Owner o && fields.ownerId() != null) {
			return f.match().field(fields.ownerId()).matching(o.userId()).toPredicate();
		}
		if (scope instanceof Scope.Visible v && fields.visibility() != null && !v.levels().isEmpty()) {
			return f.terms().field(fields.visibility()).matchingAny(v.levels(), ValueModel.STRING).toPredicate();
		}
		if (scope instanceof Scope.AnyOf any) {
			var or = f.or();
			for (Scope s : any.scopes()) {
				or.add(predicate(f, s, fields));
			}
			return or.toPredicate();
		}
		return f.matchNone().toPredicate();
	}

}
