package org.uniregion.result;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ResearchResultRepository extends JpaRepository<ResearchResult, Long>, JpaSpecificationExecutor<ResearchResult> {

	boolean existsByDemoTrue();

}
