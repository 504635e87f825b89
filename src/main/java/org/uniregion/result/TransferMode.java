package org.uniregion.result;

/** How the university offers to transfer a result: assignment 转让, licence 许可, joint development 合作开发, equity 作价投资, consulting/service 技术咨询/服务. */
public enum TransferMode {

	ASSIGNMENT, LICENSE, JOINT_DEVELOPMENT, EQUITY, CONSULTING;

	public String messageKey() {
		return "result.transferMode." + name();
	}

}
