package org.uniregion.partner;

/**
 * The six collaboration areas of the university–region program. Labels: {@code area.<NAME>}.
 */
public enum CollaborationArea {

	/** 区域经济社会发展战略 */
	REGIONAL_STRATEGY,
	/** 创新人才联合培养 */
	TALENT,
	/** 区域特色产业与支柱产业 */
	INDUSTRY,
	/** 创新平台建设 */
	PLATFORM,
	/** 科技联合攻关 */
	JOINT_RESEARCH,
	/** 国际合作 */
	INTERNATIONAL;

	public String messageKey() {
		return "area." + name();
	}

}
