package org.uniregion.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uniregion.demand.DemandApi;
import org.uniregion.demand.DemandView;
import org.uniregion.demand.SaveDemand;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.result.ChangeVisibility;
import org.uniregion.result.IpStatus;
import org.uniregion.result.ResultApi;
import org.uniregion.result.ResultType;
import org.uniregion.result.ResultView;
import org.uniregion.result.SaveResult;
import org.uniregion.result.TransferMode;
import org.uniregion.result.Visibility;

/**
 * Research results and demands on every side of every scope line, all holding one word that no other record
 * holds, so that an answer restricted to that word holds only these: the demo researcher's own and another
 * researcher's results in each visibility; demands in Wuxi, in a Wuxi district and in Suzhou, of the demo
 * enterprise, of a colleague in its organization, filed by the demo enterprise user for another organization,
 * and of another enterprise. Created through the modules' APIs, so that they are indexed and audited as any.
 *
 * @param word the word every canary's title holds
 */
public record ScopeCanaries(String word, List<Canary> results, List<Canary> demands) {

	/** Another researcher, owner of the results that are not the demo researcher's. */
	public static final String OTHER_RESEARCHER = "scope-researcher";

	/** A second user of the demo enterprise's organization. */
	public static final String COLLEAGUE = "scope-colleague";

	/** A user of another enterprise. */
	public static final String OTHER_ENTERPRISE = "scope-other-enterprise";

	/**
	 * One canary record.
	 *
	 * @param label what it stands for ("r-own-draft", "d-wuxi", ...)
	 * @param record where the access policy places it, as the database holds it
	 */
	public record Canary(String label, long id, String title, ScopedRecord record) {
	}

	/** Where a record lies for the policy, read back from the module's view of it. */
	public record Placed(@Nullable String scopeRegionCode, @Nullable Long scopeOrganizationId,
			@Nullable Long scopeOwnerId, @Nullable String scopeVisibility) implements ScopedRecord {
	}

	public static ScopeCanaries create(ResultApi results, DemandApi demands, JdbcTemplate jdbc) {
		String word = Words.unique();
		Caller office = caller(jdbc, TestUsers.STAFF.username());
		Caller enterprise = caller(jdbc, TestUsers.ENTERPRISE.username());
		Long ownOrganization = enterprise.organizationId();
		if (ownOrganization == null) {
			throw new IllegalStateException("The demo enterprise user acts for no organization");
		}
		Long otherOrganization = jdbc.queryForObject("select min(id) from partner_organization where id <> ?", Long.class,
				ownOrganization);
		if (otherOrganization == null) {
			throw new IllegalStateException("No second organization");
		}
		ensureUser(jdbc, OTHER_RESEARCHER, Role.RESEARCHER, null);
		ensureUser(jdbc, COLLEAGUE, Role.ENTERPRISE, ownOrganization);
		ensureUser(jdbc, OTHER_ENTERPRISE, Role.ENTERPRISE, otherOrganization);

		List<Canary> r = new ArrayList<>();
		r.add(result(results, office, word, "r-own-draft", TestUsers.RESEARCHER.username()));
		r.add(result(results, office, word, "r-own-withdrawn", TestUsers.RESEARCHER.username(), Visibility.PUBLISHED,
				Visibility.WITHDRAWN));
		r.add(result(results, office, word, "r-other-draft", OTHER_RESEARCHER));
		r.add(result(results, office, word, "r-other-internal", OTHER_RESEARCHER, Visibility.INTERNAL));
		r.add(result(results, office, word, "r-other-published", OTHER_RESEARCHER, Visibility.PUBLISHED));
		r.add(result(results, office, word, "r-other-withdrawn", OTHER_RESEARCHER, Visibility.PUBLISHED,
				Visibility.WITHDRAWN));

		Caller colleague = caller(jdbc, COLLEAGUE);
		Caller otherEnterprise = caller(jdbc, OTHER_ENTERPRISE);
		Caller enterpriseElsewhere = new Caller(enterprise.userId(), enterprise.username(), Role.ENTERPRISE, null,
				otherOrganization);
		List<Canary> d = new ArrayList<>();
		d.add(demand(demands, jdbc, office, word, "d-wuxi", "320200"));
		d.add(demand(demands, jdbc, office, word, "d-wuxi-district", "320205"));
		d.add(demand(demands, jdbc, office, word, "d-suzhou", "320500"));
		d.add(demand(demands, jdbc, enterprise, word, "d-enterprise-own", "110000"));
		d.add(demand(demands, jdbc, colleague, word, "d-enterprise-colleague", "110000"));
		d.add(demand(demands, jdbc, enterpriseElsewhere, word, "d-enterprise-own-elsewhere", "440300"));
		d.add(demand(demands, jdbc, otherEnterprise, word, "d-other-enterprise-wuxi", "320211"));
		return new ScopeCanaries(word, List.copyOf(r), List.copyOf(d));
	}

	/** The caller a user is when it signs in, read from its account. */
	public static Caller caller(JdbcTemplate jdbc, String username) {
		return jdbc.queryForObject("select id, username, role, region_code, organization_id from app_user where username = ?",
				(rs, n) -> new Caller(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
						rs.getObject(5, Long.class)),
				username);
	}

	public List<String> resultLabels() {
		return this.results.stream().map(Canary::label).toList();
	}

	public List<String> demandLabels() {
		return this.demands.stream().map(Canary::label).toList();
	}

	/** The label of the canary with this title, or {@code null} when the title is no canary's. */
	public @Nullable String labelOf(String title) {
		return java.util.stream.Stream.concat(this.results.stream(), this.demands.stream())
			.filter(c -> c.title().equals(title)).map(Canary::label).findFirst().orElse(null);
	}

	private static void ensureUser(JdbcTemplate jdbc, String username, Role role, @Nullable Long organizationId) {
		// Nobody signs in as these users: the hash matches no password.
		jdbc.update("insert into app_user (username, password_hash, display_name, role, organization_id) "
				+ "values (?, '{bcrypt}unusable', ?, ?, ?) on conflict do nothing", username, username, role.name(), organizationId);
	}

	private static Canary result(ResultApi api, Caller office, String word, String label, String owner,
			Visibility... path) {
		String title = word + " " + label;
		ResultView v = api.create(office, new SaveResult(ResultType.PATENT, title, "Canary abstract.", List.of("canary"),
				null, List.of(), List.of(), 5, IpStatus.FILED, List.of(), List.of(), null, null, Set.of(TransferMode.LICENSE),
				null, null, "en", owner, null));
		for (Visibility to : path) {
			v = api.changeVisibility(office, v.id(), new ChangeVisibility(to, v.version()));
		}
		return new Canary(label, v.id(), title, new Placed(null, null, v.ownerId(), v.visibility().name()));
	}

	private static Canary demand(DemandApi api, JdbcTemplate jdbc, Caller caller, String word, String label,
			String region) {
		String title = word + " " + label;
		api.importAll(caller, List.of(new SaveDemand(title, "Canary demand text.", null, region, null, null, "Canary",
				null, "canary@example.com", null)));
		Long id = jdbc.queryForObject("select id from demand where title = ?", Long.class, title);
		DemandView v = api.find(Caller.SYSTEM, id == null ? -1 : id).orElseThrow();
		return new Canary(label, v.id(), title, new Placed(v.regionCode(), v.organizationId(), v.ownerId(), null));
	}

}
