package org.uniregion.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A document sent as JSON, for scripts that do not speak multipart: the content base64-encoded. The same
 * checks apply as to a multipart upload.
 */
public record UploadDocument(@NotBlank @Size(max = 255) String fileName, @Nullable String contentType,
		@NotNull @Schema(type = "string", format = "byte", description = "the file's content, base64-encoded") byte[] content) {
}
