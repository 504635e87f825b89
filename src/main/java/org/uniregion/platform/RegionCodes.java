package org.uniregion.platform;

/**
 * GB/T 2260 codes are hierarchical in pairs of digits: 32 (Jiangsu) › 3202 (Wuxi) › 320211 (Binhu).
 * A region therefore covers exactly the codes that start with its significant prefix.
 */
public final class RegionCodes {

	private RegionCodes() {
	}

	/** "320000" → "32", "320200" → "3202", "320211" → "320211". */
	public static String prefix(String code) {
		if (code.length() != 6) {
			return code;
		}
		if (code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	/** Whether {@code code} is {@code ancestor} or lies below it. */
	public static boolean covers(String ancestor, String code) {
		return code.startsWith(prefix(ancestor));
	}

}
