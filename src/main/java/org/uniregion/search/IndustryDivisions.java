package org.uniregion.search;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GB/T 4754-2017 division (大类) of an industry code, the level that catalogs are faceted by: a class such
 * as "6513" belongs to division "65"; a section letter ("C") stands for itself.
 */
public final class IndustryDivisions {

	private IndustryDivisions() {
	}

	public static String of(String code) {
		if (code.isEmpty() || !Character.isDigit(code.charAt(0)) || code.length() <= 2) {
			return code;
		}
		return code.substring(0, 2);
	}

	public static Set<String> of(Collection<String> codes) {
		Set<String> divisions = new TreeSet<>();
		for (String code : codes) {
			divisions.add(of(code));
		}
		return divisions;
	}

}
