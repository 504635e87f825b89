package org.uniregion.bulk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An import job as the API shows it.
 *
 * @param processedRows rows checked (dry run) or saved (commit) so far
 * @param percent processed of total rows, 0–100
 * @param failure why a commit failed (a message in the caller's language), if it did
 */
record ImportView(long id, ImportKind kind, String fileName, ImportFormat format, @Nullable String encoding,
		ImportStatus status, int totalRows, int processedRows, int percent, int errorCount, int importedRows,
		@Nullable String failure, long ownerId, String ownerUsername, Instant createdAt, Instant updatedAt,
		@Nullable Instant finishedAt) {

	public boolean running() {
		return this.status.running();
	}

}
