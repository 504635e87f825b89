package org.uniregion.classification;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.uniregion.shared.NotFoundException;

/**
 * Turns the raw parameters of the classification API and pages into checked values: a malformed code, level,
 * section or sort is a bad request (400); a well-formed code that is in no list is "not found" (404).
 */
@Component
class ClassificationRequests {

	static final int MAX_QUERY = 100;

	private final ClassificationCatalog catalog;

	ClassificationRequests(ClassificationCatalog catalog) {
		this.catalog = catalog;
	}

	IndustryView industry(String code) {
		String normalized = IndustryCodes.normalize(code);
		if (!IndustryCodes.isWellFormed(normalized)) {
			throw new InvalidClassificationRequest("classification.industry.code.malformed", code);
		}
		return this.catalog.industry(normalized)
			.orElseThrow(() -> new NotFoundException("classification.industry.notFound", normalized));
	}

	IpcView ipc(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidClassificationRequest("classification.ipc.code.missing");
		}
		String normalized = IpcCodes.normalize(code);
		if (!IpcCodes.isWellFormed(normalized)) {
			throw new InvalidClassificationRequest("classification.ipc.code.malformed", code);
		}
		return this.catalog.ipc(normalized).orElseThrow(() -> new NotFoundException("classification.ipc.notFound", normalized));
	}

	static @Nullable String query(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String s = q.strip();
		if (s.length() > MAX_QUERY) {
			throw new InvalidClassificationRequest("classification.query.tooLong", MAX_QUERY);
		}
		return s;
	}

	static @Nullable Integer industryLevel(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		String s = level.strip();
		if (!s.matches("[1-4]")) {
			throw new InvalidClassificationRequest("classification.industry.level.unknown", level);
		}
		return Integer.valueOf(s);
	}

	static IpcView.@Nullable Level ipcLevel(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return IpcView.Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidClassificationRequest("classification.ipc.level.unknown", level);
		}
	}

	static @Nullable String section(@Nullable String section) {
		if (section == null || section.isBlank()) {
			return null;
		}
		String s = section.strip().toUpperCase(Locale.ROOT);
		if (!s.matches("[A-H]")) {
			throw new InvalidClassificationRequest("classification.ipc.section.unknown", section);
		}
		return s;
	}

	/** Lists are ordered by code only; any other sort property is refused rather than silently ignored. */
	static Pageable checkedSort(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!"code".equals(order.getProperty())) {
				throw new InvalidClassificationRequest("classification.sort.unsupported", order.getProperty());
			}
		}
		return pageable;
	}

}
