package org.uniregion.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementStatusChangeRepository extends JpaRepository<AgreementStatusChange, Long> {

	List<AgreementStatusChange> findByAgreementIdOrderByChangedAtAscIdAsc(long agreementId);

	void deleteByAgreementId(long agreementId);

}
