package org.uniregion.partner;

import java.time.Instant;

/** A document attached to an agreement (without its content). */
public record DocumentView(long id, long agreementId, String fileName, String contentType, long size, String sha256,
		Instant uploadedAt, String uploadedBy) {
}
