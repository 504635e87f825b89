package org.uniregion.platform;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Canaries;
import org.uniregion.accessmatrix.Canary;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.bulk.ImportCanaries;
import org.uniregion.partner.PartnerCanaries;
import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ANONYMOUS;

/**
 * The platform's rows: the home page, login, the favicon and language switch, and the caller's own tokens.
 * The token lists must show exactly the caller's own canary token; the home page's panels no agreement or
 * import canary outside the caller's scope.
 */
public class PlatformAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		List<Canary> tokens = tokenCanaries(ctx);
		List<Canary> listed = new ArrayList<>(PartnerCanaries.agreements(ctx));
		listed.addAll(ImportCanaries.planted(ctx));
		return List.of(AccessRow.page("GET", "/").otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, r) -> assertShowsNoneOutside(u, r.body(), listed)),
				AccessRow.page("GET", "/login").otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/favicon.ico").otherwise(Expect.ALLOW).check((u, r) -> assertThat(r.status()).isEqualTo(200)),
				AccessRow.page("GET", "/locale").path("/locale?lang=en&back=/regions").otherwise(Expect.ALLOW),
				// A user's tokens: on the page (its session) and from the API (HTTP Basic, see below), only its own.
				AccessRow.page("GET", "/me/tokens").otherwise(Expect.ALLOW).deny(ANONYMOUS).check((u, r) -> {
					Canaries.assertSeesExactly(u, r.body(), tokens);
					Canaries.assertSeesExactly(u, withBasic(ctx, u, "/api/v1/me/tokens"), tokens);
				}),
				AccessRow.page("POST", "/me/tokens").body(Map.of("name", "matrix page", "expiresInDays", "5"))
					.otherwise(Expect.ALLOW).deny(ANONYMOUS),
				AccessRow.page("POST", "/me/tokens/{id}/revoke")
					.path(u -> "/me/tokens/" + adminsToken(ctx) + "/revoke")
					.otherwise(Expect.HIDDEN).allow(TestUsers.ADMIN).deny(ANONYMOUS),
				AccessRow.api("GET", "/api/v1/me").otherwise(Expect.ALLOW).deny(ANONYMOUS)
					.check((u, r) -> assertThat(r.json().get("username").asString()).isEqualTo(u.username())),
				// Token management accepts a session or HTTP Basic, never a token (a stolen token must not mint
				// more); the matrix calls with tokens, so everyone is refused. Basic and session are proven in
				// SecurityIntegrationTests and by the token page rows above.
				AccessRow.api("GET", "/api/v1/me/tokens").otherwise(Expect.DENY),
				AccessRow.api("POST", "/api/v1/me/tokens").body(Map.of("name", "matrix")).otherwise(Expect.DENY),
				AccessRow.api("DELETE", "/api/v1/me/tokens/{id}").path(u -> "/api/v1/me/tokens/" + adminsToken(ctx))
					.otherwise(Expect.DENY));
	}

	/** One token per demo user, named {@code CANARY-token-<user>}, which only that user may see. */
	private static synchronized List<Canary> tokenCanaries(MatrixContext ctx) {
		List<Canary> canaries = new ArrayList<>();
		for (TestUsers u : TestUsers.values()) {
			if (u == ANONYMOUS) {
				continue;
			}
			String name = Canary.PREFIX + "-token-" + u.username();
			ctx.jdbc().update("insert into api_token (user_id, name, token_hash, token_prefix) "
					+ "select id, ?, md5(random()::text) || md5(random()::text), 'urt_c' from app_user where username = ? "
					+ "and not exists (select 1 from api_token where name = ?)", name, u.username(), name);
			canaries.add(Canary.of(name, u));
		}
		return canaries;
	}

	/** The body of a GET as {@code user} with HTTP Basic (token management refuses tokens). */
	private static String withBasic(MatrixContext ctx, TestUsers user, String path) {
		String basic = Base64.getEncoder()
			.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		ApiClient.Response r = ApiClient.as(TestUsers.ANONYMOUS, ctx.port())
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ctx.port() + path)).header("Authorization", "Basic " + basic));
		assertThat(r.status()).as(path + " as " + user + ": " + r.body()).isEqualTo(200);
		return r.body();
	}

	/**
	 * For answers that show only a part of the caller's scope (the home page's latest and soonest records): no
	 * canary outside the scope of {@code user}, whichever of those inside it the answer happens to show.
	 */
	private static void assertShowsNoneOutside(TestUsers user, String answer, List<Canary> canaries) {
		Set<String> shown = Canaries.found(answer);
		Canaries.assertSeesExactly(user, answer,
				canaries.stream().filter(c -> !c.seenBy(user) || shown.contains(c.name())).toList());
	}

	/** A fresh token of the admin, made for the row: only the admin may revoke it. */
	private static long adminsToken(MatrixContext ctx) {
		return ctx.id("insert into api_token (user_id, name, token_hash, token_prefix) "
				+ "select id, 'matrix-victim', md5(random()::text) || md5(random()::text), 'urt_x' from app_user where username = 'admin' returning id");
	}

}
