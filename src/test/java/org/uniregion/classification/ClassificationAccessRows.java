package org.uniregion.classification;

import java.util.List;

import org.uniregion.accessmatrix.AccessMatrixRows;
import org.uniregion.accessmatrix.AccessRow;
import org.uniregion.accessmatrix.Expect;
import org.uniregion.accessmatrix.MatrixContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifications are public reference data: every user, anonymous visitors included, may read every
 * endpoint, page and picker partial.
 */
public class ClassificationAccessRows implements AccessMatrixRows {

	@Override
	public List<AccessRow> rows(MatrixContext ctx) {
		return List.of(
				AccessRow.api("GET", "/api/v1/classifications/industries").path("/api/v1/classifications/industries?q=261")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("page").get("totalElements").asLong()).isEqualTo(6)),
				AccessRow.api("GET", "/api/v1/classifications/industries/{code}").path("/api/v1/classifications/industries/2614")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("parentCode").asString()).isEqualTo("261")),
				AccessRow.api("GET", "/api/v1/classifications/ipc").path("/api/v1/classifications/ipc?q=G06F16/3&level=SUBGROUP")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("page").get("totalElements").asLong()).isPositive()),
				AccessRow.api("GET", "/api/v1/classifications/ipc/entry").path("/api/v1/classifications/ipc/entry?code=G06F16/35")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.json().get("parentCode").asString()).isEqualTo("G06F16/00")),
				AccessRow.page("GET", "/classifications").path("/classifications?kind=ipc&q=G06F16/35").otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.body()).contains("G06F16/35")),
				AccessRow.page("GET", "/classifications/industries/options").path("/classifications/industries/options?q=2614")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.body()).contains("<option value=\"2614\"")),
				AccessRow.page("GET", "/classifications/ipc/options").path("/classifications/ipc/options?q=G06F16/35")
					.otherwise(Expect.ALLOW)
					.check((u, r) -> assertThat(r.body()).contains("<option value=\"G06F16/35\"")));
	}

}
