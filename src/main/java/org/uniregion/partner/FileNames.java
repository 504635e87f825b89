package org.uniregion.partner;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * File names as the client sent them are not trusted: no directories, no control or reserved characters,
 * no leading dots, at most 200 characters (keeping the extension).
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String sanitize(@Nullable String original, String fallbackExtension) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder sb = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (Character.isISOControl(cp) || "<>:\"/\\|?*;".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
				sb.append('_');
			}
			else if (Character.isWhitespace(cp)) {
				sb.append(' ');
			}
			else {
				sb.appendCodePoint(cp);
			}
		});
		name = sb.toString().replaceAll(" {2,}", " ").trim();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		name = name.replaceAll("[. ]+$", "");
		if (name.isBlank() || name.startsWith("_") && name.replace("_", "").isBlank()) {
			name = "document." + fallbackExtension;
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
		}
		return name;
	}

}
