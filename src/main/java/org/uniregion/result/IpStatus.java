package org.uniregion.result;

/** The state of a result's intellectual property: filed 已申请, granted 已授权, not protected 未保护, expired 已失效. */
public enum IpStatus {

	FILED, GRANTED, NOT_PROTECTED, EXPIRED;

	public String messageKey() {
		return "result.ipStatus." + name();
	}

}
