package org.uniregion.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A research result as the caller may see it.
 *
 * @param ownerId the user who owns it (the researcher); {@code null} in the public catalog
 * @param nextVisibilities the visibilities the lifecycle allows from here (whether the caller may move it is
 * a separate question)
 * @param source where a record of a public data set comes from (a {@code CatalogSource} name), null for the office's own
 * @param ipExpiresOn when the protection of the IP ends, if known
 */
public record ResultView(long id, ResultType type, String title, @Nullable String abstractText, List<String> keywords,
		@Nullable String discipline, List<String> ipcClasses, List<String> industries, @Nullable Integer trl,
		@Nullable IpStatus ipStatus, List<String> ipNumbers, List<String> researchers, @Nullable String lab,
		@Nullable String department, Set<TransferMode> transferModes, @Nullable String askingTerms,
		@Nullable BigDecimal askingAmount, String language, @Nullable Long ownerId, @Nullable String ownerName,
		Visibility visibility, Set<Visibility> nextVisibilities, boolean demo, Instant createdAt, Instant updatedAt,
		long version, @Nullable String source, @Nullable LocalDate ipExpiresOn) {

	/** The same result without who owns it, for the public catalog. */
	public ResultView anonymized() {
		return new ResultView(this.id, this.type, this.title, this.abstractText, this.keywords, this.discipline,
				this.ipcClasses, this.industries, this.trl, this.ipStatus, this.ipNumbers, this.researchers, this.lab,
				this.department, this.transferModes, this.askingTerms, this.askingAmount, this.language, null, null,
				this.visibility, Set.of(), this.demo, this.createdAt, this.updatedAt, this.version, this.source,
				this.ipExpiresOn);
	}

}
