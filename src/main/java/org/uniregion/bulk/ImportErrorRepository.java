package org.uniregion.bulk;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportErrorRepository extends JpaRepository<ImportError, Long> {

	@Query("select e from ImportError e where e.jobId = :jobId order by e.rowNumber, e.id")
	Page<ImportError> findByJob(long jobId, Pageable pageable);

	@Query("select e from ImportError e where e.jobId = :jobId order by e.rowNumber, e.id")
	List<ImportError> findAllByJob(long jobId);

	@Modifying
	@Query("delete from ImportError e where e.jobId = :jobId")
	int deleteByJob(long jobId);

}
