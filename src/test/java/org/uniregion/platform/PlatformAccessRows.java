package org.uniregion.platform;

import java.util.List;
import java.util.Map;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;
import org.uniregion.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uniregion.support.TestUsers.ANONYMOUS;

/**
 * The platform's rows: the home page, login, the favicon and language switch, and the caller's own tokens.
 */
public class PlatformAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		return List.of(AccessRow.page("GET", "/").otherwise(Expect.ALLOW).deny(ANONYMOUS),
				AccessRow.page("GET", "/login").otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/favicon.ico").otherwise(Expect.ALLOW).check((u, r) -> assertThat(r.status()).isEqualTo(200)),
				AccessRow.page("GET", "/locale").path("/locale?lang=en&back=/regions").otherwise(Expect.ALLOW),
				AccessRow.page("GET", "/me/tokens").otherwise(Expect.ALLOW).deny(ANONYMOUS),
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

	/** A fresh token of the admin, made for the row: only the admin may revoke it. */
	private static long adminsToken(MatrixContext ctx) {
		return ctx.id("insert into api_token (user_id, name, token_hash, token_prefix) "
				+ "select id, 'matrix-victim', md5(random()::text) || md5(random()::text), 'urt_x' from app_user where username = 'admin' returning id");
	}

}
