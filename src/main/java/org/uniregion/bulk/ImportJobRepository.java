package org.uniregion.bulk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long>, JpaSpecificationExecutor<ImportJob> {

	@Modifying
	@Query("update ImportJob j set j.status = :to, j.processedRows = 0, j.updatedAt = :now where j.id = :id and j.status = :from")
	int move(long id, ImportStatus from, ImportStatus to, Instant now);

	@Modifying
	@Query("update ImportJob j set j.processedRows = :processed, j.errorCount = :errors, j.updatedAt = :now where j.id = :id")
	int progress(long id, int processed, int errors, Instant now);

	@Modifying
	@Query("update ImportJob j set j.status = :to, j.processedRows = :processed, j.errorCount = :errors, j.importedRows = :imported, "
			+ "j.failure = :failure, j.updatedAt = :now, j.finishedAt = :now where j.id = :id")
	int finish(long id, ImportStatus to, int processed, int errors, int imported, @Nullable String failure, Instant now);

	@Modifying
	@Query("update ImportJob j set j.content = null where j.id = :id")
	int dropContent(long id);

}
