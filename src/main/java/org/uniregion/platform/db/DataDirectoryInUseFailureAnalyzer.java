package org.uniregion.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly why a second start on the same data directory stopped, and what to do.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ". Nothing in the data directory was touched.",
				"Use the running UniRegion, or stop it first, or start this one with another data directory "
						+ "(--uniregion.data-dir=...).",
				cause);
	}

}
