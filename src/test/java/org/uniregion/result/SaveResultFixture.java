package org.uniregion.result;

import java.util.List;
import java.util.Set;

/** A minimal valid command for a new draft, for tests that call the service directly. */
final class SaveResultFixture {

	private SaveResultFixture() {
	}

	static SaveResult of(String title) {
		return new SaveResult(ResultType.PATENT, title, "测试摘要。", List.of("测试"), "计算机科学", List.of("G06F16/35"),
				List.of("6513"), 5, IpStatus.FILED, List.of(), List.of(), null, null, Set.of(TransferMode.LICENSE), null,
				null, "zh", "researcher", null);
	}

}
