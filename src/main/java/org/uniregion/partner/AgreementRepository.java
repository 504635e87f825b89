package org.uniregion.partner;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

	boolean existsByOrganizationId(long organizationId);

	/** The agreements renewed by this one (one at most). */
	@Query("select a.id from Agreement a where a.successorId = :id order by a.id")
	List<Long> findPredecessorIdsOf(long id);

	List<Agreement> findByOrganizationIdAndCounterpartRegionCodeIsNull(long organizationId);

	/** The agreements that time may move: signed ones that started, active ones near or past their end. */
	@Query("""
			select a.id from Agreement a
			where (a.status = org.uniregion.partner.AgreementStatus.SIGNED and a.startDate <= :today)
			   or (a.status in (org.uniregion.partner.AgreementStatus.IN_FORCE, org.uniregion.partner.AgreementStatus.EXPIRING)
			       and a.endDate <= :windowEnd)
			order by a.id""")
	List<Long> findDueForAdvance(LocalDate today, LocalDate windowEnd);

	@Query("select a.id from Agreement a where a.status = :status order by a.id")
	List<Long> findIdsByStatus(AgreementStatus status);

}
