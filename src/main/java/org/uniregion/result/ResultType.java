package org.uniregion.result;

/** The kind of a research result: patent 专利, software copyright 软件著作权, know-how 技术秘密, new plant variety, IC layout design, design, paper 论文, other. */
public enum ResultType {

	PATENT, SOFTWARE_COPYRIGHT, KNOW_HOW, PLANT_VARIETY, INTEGRATED_CIRCUIT_LAYOUT, DESIGN, PAPER, OTHER;

	public String messageKey() {
		return "result.type." + name();
	}

}
