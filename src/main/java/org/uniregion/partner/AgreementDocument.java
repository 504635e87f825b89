package org.uniregion.partner;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.uniregion.shared.Audited;

/**
 * A document of an agreement, kept in the database with its size and SHA-256. The content is recorded in
 * the audit trail as changed, never by value.
 */
@Entity
@Table(name = "agreement_document")
@Audited(value = "agreement-document", redact = "content")
class AgreementDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long agreementId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content")
	private byte[] content;

	private Instant uploadedAt = Instant.now();

	private String uploadedBy;

	protected AgreementDocument() {
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.content = new byte[0];
		this.uploadedBy = "";
	}

	AgreementDocument(long agreementId, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy) {
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
	}

	DocumentView toView() {
		return new DocumentView(this.id == null ? 0 : this.id, this.agreementId, this.fileName, this.contentType,
				this.sizeBytes, this.sha256, this.uploadedAt, this.uploadedBy);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getAgreementId() {
		return this.agreementId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
