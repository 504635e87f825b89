package org.uniregion.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.demand.DemandApi;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.PolicyDecisions;
import org.uniregion.platform.Resource;
import org.uniregion.platform.Role;
import org.uniregion.platform.Scope;
import org.uniregion.platform.ScopePaths;
import org.uniregion.result.ResultApi;
import org.uniregion.support.IntegrationTest;
import org.uniregion.support.ScopeCanaries;
import org.uniregion.support.ScopeCanaries.Canary;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SearchScopes} on the real index: for every kind of scope, the index predicate admits exactly the
 * records that the access policy's own decision ({@code AccessPolicy.contains}, which the lists' JPA
 * specification renders too) admits — checked on canary records on both sides of each scope line, directly
 * and through each catalog's search as the callers that the policy gives each kind of scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchScopesIntegrationTests {

	/** The index fields the catalogs name for the policy's attributes (as ResultSearch and DemandSearch do). */
	static final ScopePaths RESULT_FIELDS = new ScopePaths(null, null, "ownerId", "visibility");

	static final ScopePaths DEMAND_FIELDS = new ScopePaths("regionCode", "organizationId", "ownerId", null);

	@Autowired
	ResultApi results;

	@Autowired
	DemandApi demands;

	@Autowired
	AccessPolicy policy;

	@Autowired
	List<CatalogSearch> catalogs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@PersistenceContext
	EntityManager em;

	ScopeCanaries canaries;

	@BeforeAll
	void createCanaries() {
		this.canaries = ScopeCanaries.create(this.results, this.demands, this.jdbc);
	}

	/** Every kind of scope, with values that fall on both sides of the canaries' lines. */
	private Map<String, Scope> scopes() {
		Caller researcher = ScopeCanaries.caller(this.jdbc, TestUsers.RESEARCHER.username());
		Caller enterprise = ScopeCanaries.caller(this.jdbc, TestUsers.ENTERPRISE.username());
		long researcherId = java.util.Objects.requireNonNull(researcher.userId());
		long enterpriseId = java.util.Objects.requireNonNull(enterprise.userId());
		long organizationId = java.util.Objects.requireNonNull(enterprise.organizationId());
		long otherResearcherId = java.util.Objects
			.requireNonNull(ScopeCanaries.caller(this.jdbc, ScopeCanaries.OTHER_RESEARCHER).userId());
		Map<String, Scope> s = new LinkedHashMap<>();
		s.put("all", Scope.ALL);
		s.put("none", Scope.NONE);
		s.put("region 3202", new Scope.Region("3202"));
		s.put("region 320205", new Scope.Region("320205"));
		s.put("region 3205", new Scope.Region("3205"));
		s.put("region 11", new Scope.Region("11"));
		s.put("organization", new Scope.Organization(organizationId));
		s.put("owner researcher", new Scope.Owner(researcherId));
		s.put("owner other researcher", new Scope.Owner(otherResearcherId));
		s.put("owner enterprise", new Scope.Owner(enterpriseId));
		s.put("visible published", new Scope.Visible(Set.of("PUBLISHED")));
		s.put("visible internal+published", new Scope.Visible(Set.of("INTERNAL", "PUBLISHED")));
		s.put("visible nothing", new Scope.Visible(Set.of()));
		s.put("any of organization, owner", new Scope.AnyOf(List.of(new Scope.Organization(organizationId),
				new Scope.Owner(enterpriseId))));
		s.put("any of owner, visible", new Scope.AnyOf(List.of(new Scope.Owner(researcherId),
				new Scope.Visible(Set.of("INTERNAL", "PUBLISHED")))));
		s.put("any of region, none", new Scope.AnyOf(List.of(new Scope.Region("3202"), Scope.NONE)));
		return s;
	}

	@Test
	void eachScopeAdmitsInTheResultIndexExactlyWhatThePolicyAdmits() {
		assertIndexAgreesWithPolicy("ResearchResult", RESULT_FIELDS, this.canaries.results());
	}

	@Test
	void eachScopeAdmitsInTheDemandIndexExactlyWhatThePolicyAdmits() {
		assertIndexAgreesWithPolicy("Demand", DEMAND_FIELDS, this.canaries.demands());
	}

	private void assertIndexAgreesWithPolicy(String entity, ScopePaths fields, List<Canary> records) {
		Set<String> admittedSomewhere = new TreeSet<>();
		Set<String> refusedSomewhere = new TreeSet<>();
		scopes().forEach((name, scope) -> {
			Set<String> expected = records.stream().filter(c -> PolicyDecisions.contains(scope, c.record()))
				.map(Canary::label).collect(Collectors.toCollection(TreeSet::new));
			Set<String> indexed = labels(records, indexed(entity, scope, fields, records));
			assertThat(indexed).as("%s: the index predicate of scope \"%s\" (%s) against the policy", entity, name, scope)
				.isEqualTo(expected);
			if (!(scope instanceof Scope.All) && !(scope instanceof Scope.None)) {
				admittedSomewhere.addAll(expected);
				records.stream().map(Canary::label).filter(l -> !expected.contains(l)).forEach(refusedSomewhere::add);
			}
		});
		// Every canary lies on both sides of some line drawn by a scope other than all or none, so that a predicate
		// that admits all or nothing fails somewhere.
		assertThat(admittedSomewhere).as("canaries some scope admits").hasSize(records.size());
		assertThat(refusedSomewhere).as("canaries some scope refuses").hasSize(records.size());
	}

	/** The ids among {@code records} that the scope's index predicate matches. */
	private List<Long> indexed(String entity, Scope scope, ScopePaths fields, List<Canary> records) {
		List<Long> ids = records.stream().map(Canary::id).toList();
		return this.tx.execute(s -> {
			var session = Search.session(this.em);
			return session.search(session.scope(Object.class, entity))
				.select(f -> f.id(Long.class))
				.where(f -> f.and(SearchScopes.predicate(f, scope, fields), f.id().matchingAny(ids).toPredicate()))
				.fetchAllHits();
		});
	}

	@Test
	void everyCatalogSearchHoldsExactlyTheCallersRecords() {
		Caller enterprise = ScopeCanaries.caller(this.jdbc, TestUsers.ENTERPRISE.username());
		Map<String, Caller> callers = new LinkedHashMap<>();
		for (TestUsers user : TestUsers.values()) {
			callers.put(user.name(), user == TestUsers.ANONYMOUS ? Caller.ANONYMOUS : ScopeCanaries.caller(this.jdbc, user.username()));
		}
		callers.put(ScopeCanaries.OTHER_RESEARCHER, ScopeCanaries.caller(this.jdbc, ScopeCanaries.OTHER_RESEARCHER));
		// The policy's organization-only and owner-only scopes: an enterprise user without an organization, and
		// one known by its organization only.
		callers.put("enterprise without organization",
				new Caller(enterprise.userId(), enterprise.username(), Role.ENTERPRISE, null, null));
		callers.put("enterprise by organization only",
				new Caller(null, "organization only", Role.ENTERPRISE, null, enterprise.organizationId()));
		callers.put("partner of a Wuxi district", new Caller(null, "district", Role.REGION_PARTNER, "320205", null));

		Set<String> kindsOfScope = new TreeSet<>();
		callers.forEach((name, caller) -> {
			for (CatalogSearch catalog : this.catalogs) {
				Resource resource = catalog.kind().equals("results") ? Resource.RESEARCH_RESULT : Resource.DEMAND;
				List<Canary> records = resource == Resource.RESEARCH_RESULT ? this.canaries.results() : this.canaries.demands();
				Scope scope = this.policy.readScope(caller, resource);
				kindsOfScope.add(scope.getClass().getSimpleName());
				Set<String> expected = records.stream().filter(c -> readable(caller, resource, c)).map(Canary::label)
					.collect(Collectors.toCollection(TreeSet::new));
				if (!catalog.available(caller)) {
					assertThat(expected).as("%s may not search %s, and the policy lets it read none", name, catalog.kind()).isEmpty();
					continue;
				}
				SearchAnswer answer = catalog.search(caller,
						new SearchRequest(this.canaries.word(), Map.of(), null, 0, SearchRequest.MAX_SIZE), Locale.ENGLISH);
				Set<String> found = labels(records, answer.content().stream().map(SearchHit::id).toList());
				assertThat(found).as("%s searching %s (scope %s)", name, catalog.kind(), scope).isEqualTo(expected);
			}
		});
		assertThat(kindsOfScope).as("the kinds of scope the callers exercised")
			.contains("All", "None", "Region", "Organization", "Owner", "Visible", "AnyOf");
	}

	/** The policy's single-record decision, as a record page or API call makes it. */
	private boolean readable(Caller caller, Resource resource, Canary c) {
		try {
			this.policy.checkRead(caller, resource, c.record(), c.id());
			return true;
		}
		catch (org.uniregion.shared.NotFoundException ex) {
			return false;
		}
	}

	private static Set<String> labels(List<Canary> records, List<Long> ids) {
		return records.stream().filter(c -> ids.contains(c.id())).map(Canary::label)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
