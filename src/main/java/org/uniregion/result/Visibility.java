package org.uniregion.result;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see a research result: its owner and the office only (draft), the university (internal), everyone
 * (published, the public catalog), or no longer offered (withdrawn, which may be taken back to a draft).
 */
public enum Visibility {

	DRAFT, INTERNAL, PUBLISHED, WITHDRAWN;

	/** The visibilities this one may move to. */
	public Set<Visibility> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(INTERNAL, PUBLISHED);
			case INTERNAL -> EnumSet.of(DRAFT, PUBLISHED, WITHDRAWN);
			case PUBLISHED -> EnumSet.of(WITHDRAWN);
			case WITHDRAWN -> EnumSet.of(DRAFT);
		};
	}

	public boolean canMoveTo(Visibility to) {
		return next().contains(to);
	}

	public String messageKey() {
		return "result.visibility." + name();
	}

}
