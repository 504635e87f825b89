package org.uniregion.result;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ResearchResultRepository extends JpaRepository<ResearchResult, Long>, JpaSpecificationExecutor<ResearchResult> {

	boolean existsByDemoTrue();

	boolean existsBySource(String source);

	/** Whether the demo results of the demo researcher exist (the demo catalog has a source, they do not). */
	boolean existsByDemoTrueAndSourceIsNull();

}
