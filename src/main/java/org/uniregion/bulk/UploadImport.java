package org.uniregion.bulk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An upload as JSON, for clients without multipart: the file's bytes in Base64. */
record UploadImport(@NotNull ImportKind kind, @NotBlank @Size(max = 255) String fileName,
		@NotBlank @Size(max = 14_000_000) String content, @Nullable String encoding) {
}
