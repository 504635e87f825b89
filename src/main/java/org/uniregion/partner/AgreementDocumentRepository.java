package org.uniregion.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

	/** The documents without their content. */
	@Query("""
			select new org.uniregion.partner.DocumentView(d.id, d.agreementId, d.fileName, d.contentType, d.sizeBytes,
			  d.sha256, d.uploadedAt, d.uploadedBy)
			from AgreementDocument d where d.agreementId = :agreementId order by d.uploadedAt, d.id""")
	List<DocumentView> findViews(long agreementId);

	Optional<AgreementDocument> findByIdAndAgreementId(long id, long agreementId);

	List<AgreementDocument> findByAgreementId(long agreementId);

}
