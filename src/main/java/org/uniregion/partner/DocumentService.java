package org.uniregion.partner;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.platform.Caller;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.NotFoundException;

/**
 * Documents of agreements: accepted only when their content is one of the known kinds and matches the name
 * and the declared type; read with the agreement's access check; changed only by those who may change it.
 */
@Service
class DocumentService {

	static final long MAX_SIZE = 10L * 1024 * 1024;

	private final AgreementService agreements;

	private final AgreementDocumentRepository documents;

	DocumentService(AgreementService agreements, AgreementDocumentRepository documents) {
		this.agreements = agreements;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public List<DocumentView> list(Caller caller, long agreementId) {
		this.agreements.readable(caller, agreementId);
		return this.documents.findViews(agreementId);
	}

	@Transactional
	public DocumentView upload(Caller caller, long agreementId, @Nullable String originalName,
			@Nullable String declaredType, byte[] content) {
		this.agreements.writable(caller, agreementId);
		if (content.length == 0) {
			throw BusinessRuleException.onField("file", "document.empty");
		}
		if (content.length > MAX_SIZE) {
			throw BusinessRuleException.onField("file", "document.tooLarge", MAX_SIZE / (1024 * 1024));
		}
		ContentSniffer.Kind kind = ContentSniffer.detect(content);
		if (kind == null) {
			throw BusinessRuleException.onField("file", "document.type.unsupported");
		}
		String name = FileNames.sanitize(originalName, kind.extensions.iterator().next());
		if (!kind.acceptsDeclared(declaredType) || !kind.acceptsExtension(name)) {
			throw BusinessRuleException.onField("file", "document.type.mismatch", name,
					declaredType == null ? "-" : declaredType, kind.contentType);
		}
		AgreementDocument d = new AgreementDocument(agreementId, name, kind.contentType, content, sha256(content),
				caller.username());
		return this.documents.saveAndFlush(d).toView();
	}

	/** The document with its content, if the caller may see the agreement. */
	@Transactional(readOnly = true)
	public Download download(Caller caller, long agreementId, long documentId) {
		this.agreements.readable(caller, agreementId);
		AgreementDocument d = this.documents.findByIdAndAgreementId(documentId, agreementId)
			.orElseThrow(() -> NotFoundException.of("document", documentId));
		return new Download(d.getFileName(), d.getContentType(), d.getContent());
	}

	@Transactional
	public void delete(Caller caller, long agreementId, long documentId) {
		this.agreements.writable(caller, agreementId);
		AgreementDocument d = this.documents.findByIdAndAgreementId(documentId, agreementId)
			.orElseThrow(() -> NotFoundException.of("document", documentId));
		this.documents.delete(d);
	}

	record Download(String fileName, String contentType, byte[] content) {
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
