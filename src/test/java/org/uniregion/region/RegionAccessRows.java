package org.uniregion.region;

import java.util.List;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regions are public reference data: every user, anonymous visitors included, may read every endpoint and page.
 */
public class RegionAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		return List.of(
				AccessRow.api("GET", "/api/v1/regions").path("/api/v1/regions?q=3202&size=50").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("page").get("totalElements").asLong()).isEqualTo(8)),
				AccessRow.api("GET", "/api/v1/regions/zones").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().size()).isEqualTo(13)),
				AccessRow.api("GET", "/api/v1/regions/{code}").path("/api/v1/regions/320200").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("parentCode").asString()).isEqualTo("320000")),
				AccessRow.page("GET", "/regions").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.body()).contains("/regions/320000/children")),
				// The region picker's options: public reference data, used by the anonymous demand form too.
				AccessRow.page("GET", "/regions/options").path("/regions/options?regionCode=%E6%97%A0%E9%94%A1")
					.otherwise(Expect.ALLOW).check((u, r) -> assertThat(r.body()).contains("value=\"320200\"")),
				AccessRow.page("GET", "/regions/{code}").path("/regions/320200").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.body()).contains("320211")),
				// Without htmx the children link leads to the region's page (a redirect that is not to the login).
				AccessRow.page("GET", "/regions/{code}/children").path("/regions/320200/children").otherwise(Expect.ALLOW));
	}

}
