package org.uniregion.result;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ResearchResultRepository extends JpaRepository<ResearchResult, Long>, JpaSpecificationExecutor<ResearchResult> {

	boolean existsByDemoTrue();

	boolean existsBySource(String source);

	/** The demo catalog's records of one source, oldest first. */
	java.util.List<ResearchResult> findBySourceAndDemoTrueOrderById(String source);

	/** Whether the demo results of the demo researcher exist (the demo catalog has a source, they do not). */
	boolean existsByDemoTrueAndSourceIsNull();

}
