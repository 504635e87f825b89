package org.uniregion.search;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The state of the search index: for each indexed kind of record, how many are in the database and how many in
 * the index, and the last (or the running) rebuild with its progress.
 */
public record IndexStatus(List<Entry> entries, @Nullable Rebuild rebuild) {

	public record Entry(String entity, long inDatabase, long inIndex) {

		@JsonProperty("consistent")
		public boolean consistent() {
			return this.inDatabase == this.inIndex;
		}

	}

	/**
	 * @param state RUNNING, DONE or FAILED
	 * @param reason why it ran: "admin", "command" (start-up option), "inconsistent" (found at start-up), "mapping"
	 *        (an index built without term vectors, indexed again in place at start-up)
	 */
	public record Rebuild(String state, String reason, long total, long indexed, Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String error) {

		@JsonProperty("percent")
		public int percent() {
			if (this.total <= 0) {
				return "DONE".equals(this.state) ? 100 : 0;
			}
			return (int) Math.min(100, this.indexed * 100 / this.total);
		}

		public boolean running() {
			return "RUNNING".equals(this.state);
		}

	}

	public boolean consistent() {
		return this.entries.stream().allMatch(Entry::consistent);
	}

}
