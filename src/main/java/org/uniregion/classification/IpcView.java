package org.uniregion.classification;

import org.jspecify.annotations.Nullable;

/**
 * An IPC 2026.01 entry with its Chinese title.
 *
 * @param level SECTION, CLASS, SUBCLASS, MAIN_GROUP or SUBGROUP
 * @param section the section letter (A–H), the coarsest facet
 */
public record IpcView(String code, String title, Level level, String section, @Nullable String parentCode) {

	public enum Level {

		SECTION, CLASS, SUBCLASS, MAIN_GROUP, SUBGROUP

	}

}
