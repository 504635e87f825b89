package org.uniregion.demand;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DemandRepository extends JpaRepository<Demand, Long>, JpaSpecificationExecutor<Demand> {

	/** Demands whose deadline has passed while they were still submitted or open. */
	@Query("select d.id from Demand d where d.deadline < ?1 and d.status in "
			+ "(org.uniregion.demand.DemandStatus.SUBMITTED, org.uniregion.demand.DemandStatus.OPEN) order by d.id")
	List<Long> findDueForExpiry(LocalDate today);

	boolean existsByDemoTrue();

}
