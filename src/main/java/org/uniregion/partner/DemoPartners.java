package org.uniregion.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.platform.AccountApi;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.Caller;
import org.uniregion.platform.StartupTask;
import org.uniregion.platform.SystemActor;

import static org.uniregion.partner.AgreementStatus.IN_FORCE;
import static org.uniregion.partner.AgreementStatus.RENEWED;
import static org.uniregion.partner.AgreementStatus.SIGNED;
import static org.uniregion.partner.AgreementStatus.TERMINATED;
import static org.uniregion.partner.CollaborationArea.INDUSTRY;
import static org.uniregion.partner.CollaborationArea.INTERNATIONAL;
import static org.uniregion.partner.CollaborationArea.JOINT_RESEARCH;
import static org.uniregion.partner.CollaborationArea.PLATFORM;
import static org.uniregion.partner.CollaborationArea.REGIONAL_STRATEGY;
import static org.uniregion.partner.CollaborationArea.TALENT;

/**
 * Demo partners, created once (when no demo organization exists yet): the university's own office, partner
 * regions Wuxi, Hebei, Yunnan, Guangdong and Shenzhen among others, their organizations with contacts, and
 * agreements in every status, brought there through the agreements' own rules. Every record is flagged demo
 * and every name says so. The demo enterprise user acts for the demo Wuxi enterprise.
 */
@Component
@ConditionalOnProperty(name = "uniregion.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoPartners implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	static final String WUXI_ENTERPRISE_CODE = CreditCodes.complete("91320211MA1DEM003");

	private final OrganizationService organizations;

	private final OrganizationRepository organizationRepository;

	private final AgreementService agreements;

	private final AccountApi accounts;

	private final TransactionTemplate tx;

	DemoPartners(OrganizationService organizations, OrganizationRepository organizationRepository,
			AgreementService agreements, AccountApi accounts, TransactionTemplate tx) {
		this.organizations = organizations;
		this.organizationRepository = organizationRepository;
		this.agreements = agreements;
		this.accounts = accounts;
		this.tx = tx;
	}

	@Override
	public String key() {
		return "demo-partners";
	}

	/** After the demo users (created before the product answers). */
	@Override
	public int order() {
		return 20;
	}

	@Override
	public void run(BackgroundWork.@Nullable Progress progress) {
		if (this.organizationRepository.existsByDemoTrue()) {
			return;
		}
		SystemActor.run(() -> this.tx.executeWithoutResult(s -> create()));
		log.info("Demo partners created: organizations and agreements in every status (flagged as demo data)");
	}

	private void create() {
		Caller system = Caller.current();
		LocalDate t = PartnerDates.today();

		long office = org("演示大学 技术转移办公室", "Demo University Technology Transfer Office",
				OrganizationType.UNIVERSITY_INSTITUTE, "110108", "12110108MA1DEM001", "北京市海淀区演示路 1 号",
				"https://example.com/tto", "演示数据：高校技术转移办公室（国内合作办公室）。",
				contact("演示 王老师", "主任 Director", "+86 10 6000 0001", "tto.director@example.com"),
				contact("演示 李老师", "项目主管 Program officer", "+86 10 6000 0002", "tto.office@example.com"));
		long wuxiBureau = org("演示无锡市科学技术局", "Demo Wuxi Municipal Bureau of Science and Technology",
				OrganizationType.GOVERNMENT_BODY, "320200", "11320200MA1DEM002", "无锡市演示大道 100 号",
				"https://example.com/wuxi-st", "演示数据：无锡市科技主管部门。",
				contact("演示 周处长", "合作处处长 Head of cooperation", "+86 510 8000 0001", "wuxi.st@example.com"));
		long wuxiEnterprise = org("演示无锡智造科技有限公司", "Demo Wuxi Smart Manufacturing Co., Ltd.",
				OrganizationType.ENTERPRISE, "320211", WUXI_ENTERPRISE_CODE.substring(0, 17), "无锡市滨湖区演示路 8 号",
				"https://example.com/wuxi-smart", "演示数据：智能制造企业。",
				contact("演示 陈经理", "技术总监 CTO", "+86 510 8000 0002", "cto@wuxi-smart.example.com"));
		long wuxiPark = org("演示无锡新吴高新技术产业园", "Demo Wuxi Xinwu High-Tech Industrial Park",
				OrganizationType.INDUSTRIAL_PARK, "320214", "12320214MA1DEM004", "无锡市新吴区演示园区",
				"https://example.com/xinwu-park", "演示数据：产业园区。",
				contact("演示 吴主任", "招商主任 Investment promotion", "+86 510 8000 0003", "park@example.com"));
		long hebei = org("演示河北省科学技术厅", "Demo Hebei Provincial Department of Science and Technology",
				OrganizationType.GOVERNMENT_BODY, "130000", "11130000MA1DEM005", "石家庄市演示街 5 号",
				"https://example.com/hebei-st", "演示数据：河北省科技主管部门。",
				contact("演示 赵处长", "合作处 Cooperation division", "+86 311 8000 0001", "hebei.st@example.com"));
		long shijiazhuang = org("演示石家庄生物医药有限公司", "Demo Shijiazhuang Biopharma Co., Ltd.",
				OrganizationType.ENTERPRISE, "130100", "91130100MA1DEM006", "石家庄市演示开发区",
				"https://example.com/sjz-bio", "演示数据：生物医药企业。",
				contact("演示 孙博士", "研发总监 R&D director", "+86 311 8000 0002", "rd@sjz-bio.example.com"));
		long yunnan = org("演示云南省科学技术厅", "Demo Yunnan Provincial Department of Science and Technology",
				OrganizationType.GOVERNMENT_BODY, "530000", "11530000MA1DEM007", "昆明市演示路 7 号",
				"https://example.com/yunnan-st", "演示数据：云南省科技主管部门。",
				contact("演示 杨处长", "合作处 Cooperation division", "+86 871 8000 0001", "yunnan.st@example.com"));
		long kunmingHospital = org("演示昆明第一人民医院", "Demo Kunming First People's Hospital",
				OrganizationType.HOSPITAL, "530100", "12530100MA1DEM008", "昆明市演示医院路 1 号",
				"https://example.com/km-hospital", "演示数据：医院。",
				contact("演示 刘主任", "科研处主任 Head of research", "+86 871 8000 0002", "research@km-hospital.example.com"));
		long guangdong = org("演示广东省科学技术厅", "Demo Guangdong Provincial Department of Science and Technology",
				OrganizationType.GOVERNMENT_BODY, "440000", "11440000MA1DEM009", "广州市演示大道 9 号",
				"https://example.com/gd-st", "演示数据：广东省科技主管部门。",
				contact("演示 黄处长", "合作处 Cooperation division", "+86 20 8000 0001", "gd.st@example.com"));
		long guangzhouFund = org("演示广州创新投资基金", "Demo Guangzhou Innovation Investment Fund",
				OrganizationType.INVESTOR, "440100", "91440100MA1DEM010", "广州市天河区演示中心",
				"https://example.com/gz-fund", "演示数据：投资机构。",
				contact("演示 林合伙人", "合伙人 Partner", "+86 20 8000 0002", "partner@gz-fund.example.com"));
		long shenzhen = org("演示深圳市科技创新委员会", "Demo Shenzhen Science, Technology and Innovation Commission",
				OrganizationType.GOVERNMENT_BODY, "440300", "11440300MA1DEM011", "深圳市福田区演示路 11 号",
				"https://example.com/sz-stic", "演示数据：深圳市科技主管部门。",
				contact("演示 郑处长", "合作处 Cooperation division", "+86 755 8000 0001", "sz.stic@example.com"));
		long suzhouPark = org("演示苏州纳米科技园", "Demo Suzhou Nano Science and Technology Park",
				OrganizationType.INDUSTRIAL_PARK, "320500", "12320500MA1DEM012", "苏州工业园区演示路 12 号",
				"https://example.com/sz-nano", "演示数据：产业园区。",
				contact("演示 何主任", "园区办公室 Park office", "+86 512 8000 0001", "nano@example.com"));

		// Wuxi: the region agreement in force, and a school–enterprise agreement with the demo enterprise.
		long wuxi = agreement("演示 无锡市校地科技合作框架协议 (Demo Wuxi–University S&T Collaboration Framework Agreement)",
				"320200", wuxiBureau, t.minusYears(3).minusDays(20), t.minusYears(3), t.plusYears(2),
				EnumSet.allOf(CollaborationArea.class), "演示：双方共建校地科技合作基金，每年各出资 2500 万元。", "50000000.00");
		to(wuxi, SIGNED, IN_FORCE);
		long wuxiJoint = agreement("演示 智能制造联合研发协议 (Demo Joint R&D Agreement on Smart Manufacturing)", null,
				wuxiEnterprise, t.minusMonths(8), t.minusMonths(7), t.plusYears(2).plusMonths(5),
				EnumSet.of(INDUSTRY, JOINT_RESEARCH), "演示：企业投入研发经费，学校投入团队与设备。", "3000000.00");
		to(wuxiJoint, SIGNED, IN_FORCE);
		agreement("演示 新吴产业园孵化平台协议（草稿） (Demo Xinwu Park Incubation Platform Agreement, draft)", null, wuxiPark,
				null, t.plusMonths(2), t.plusYears(3).plusMonths(2), EnumSet.of(PLATFORM), "演示：共建孵化器。", null);

		// Hebei: in force and ending within the reminder window.
		long hebeiAgreement = agreement("演示 河北省校地合作协议 (Demo Hebei–University Collaboration Agreement)", "130000",
				hebei, t.minusYears(5).minusDays(10), t.minusYears(5), t.plusDays(45),
				EnumSet.of(REGIONAL_STRATEGY, INDUSTRY, TALENT), "演示：共建河北科技合作基金。", "20000000.00");
		to(hebeiAgreement, SIGNED, IN_FORCE);
		this.agreements.advance(hebeiAgreement, system); // → EXPIRING
		agreement("演示 生物医药技术转移协议（草稿） (Demo Biopharma Technology Transfer Agreement, draft)", null,
				shijiazhuang, null, null, null, EnumSet.of(INDUSTRY), null, null);

		// Yunnan: in force; a hospital agreement signed but not yet started.
		long yunnanAgreement = agreement("演示 云南省校地科技合作协议 (Demo Yunnan–University S&T Collaboration Agreement)",
				"530000", yunnan, t.minusYears(1).minusDays(15), t.minusYears(1), t.plusYears(4),
				EnumSet.of(REGIONAL_STRATEGY, TALENT, INTERNATIONAL), "演示：共建云南科技合作基金与南亚东南亚国际合作平台。", "15000000.00");
		to(yunnanAgreement, SIGNED, IN_FORCE);
		long hospital = agreement("演示 临床医学联合研究协议 (Demo Joint Clinical Research Agreement)", null,
				kunmingHospital, t.minusDays(10), t.plusDays(30), t.plusYears(3), EnumSet.of(JOINT_RESEARCH, PLATFORM),
				"演示：共建联合实验室。", "2000000.00");
		to(hospital, SIGNED);

		// Guangdong: the first agreement renewed by a successor now in force.
		long guangdongOld = agreement("演示 广东省校地合作协议（第一期） (Demo Guangdong–University Collaboration Agreement, phase 1)",
				"440000", guangdong, t.minusYears(5).plusDays(30), t.minusYears(5).plusDays(60), t.plusDays(60),
				EnumSet.of(REGIONAL_STRATEGY, INDUSTRY, PLATFORM), "演示：共建广东科技合作基金。", "30000000.00");
		to(guangdongOld, SIGNED, IN_FORCE);
		AgreementView renewed = this.agreements.transition(system, guangdongOld,
				new ChangeAgreementStatus(RENEWED, version(guangdongOld), "演示：第一期到期前续签 / Demo: renewed before the end of phase 1"));
		if (renewed.successorId() != null) {
			long successor = renewed.successorId();
			AgreementView s = this.agreements.get(system, successor);
			this.agreements.update(system, successor, new SaveAgreement(
					"演示 广东省校地合作协议（第二期） (Demo Guangdong–University Collaboration Agreement, phase 2)", "440000",
					guangdong, t.minusDays(5).toString(), s.startDate() == null ? null : s.startDate().minusDays(90).toString(),
					s.endDate() == null ? null : s.endDate().toString(), s.areas(), s.resources(), s.resourcesAmount(),
					s.notes(), s.version()));
			to(successor, SIGNED, IN_FORCE);
		}
		// Guangzhou: an investor agreement that has expired.
		long guangzhou = agreement("演示 成果转化投资合作协议 (Demo Research Commercialization Investment Agreement)", null,
				guangzhouFund, t.minusYears(6).minusDays(5), t.minusYears(6), t.minusYears(1), EnumSet.of(INDUSTRY),
				"演示：设立成果转化子基金。", "100000000.00");
		to(guangzhou, SIGNED, IN_FORCE);
		this.agreements.advance(guangzhou, system); // → EXPIRED

		// Shenzhen: being negotiated.
		agreement("演示 深圳市校地合作协议（洽谈中） (Demo Shenzhen–University Collaboration Agreement, in negotiation)",
				"440300", shenzhen, null, t.plusMonths(3), t.plusYears(5).plusMonths(3),
				EnumSet.of(PLATFORM, INTERNATIONAL, INDUSTRY), "演示：拟共建深圳研究院。", null);

		// Suzhou: terminated.
		long suzhou = agreement("演示 纳米科技园合作协议 (Demo Nano Science Park Collaboration Agreement)", null, suzhouPark,
				t.minusYears(2), t.minusYears(2).plusDays(15), t.plusYears(1), EnumSet.of(PLATFORM), null, null);
		to(suzhou, SIGNED, IN_FORCE);
		this.agreements.transition(system, suzhou, new ChangeAgreementStatus(TERMINATED, version(suzhou),
				"演示：园区调整发展方向 / Demo: the park changed its focus"));

		// The university office's own agreement with Beijing (a region the office itself is in).
		agreement("演示 海淀区校地创新合作备忘录 (Demo Haidian Innovation Memorandum)", "110108", office, null, null, null,
				EnumSet.of(REGIONAL_STRATEGY), null, null);

		this.accounts.assignOrganization("enterprise", wuxiEnterprise);
	}

	private long org(String nameZh, String nameEn, OrganizationType type, String region, String first17,
			String address, String website, String description, SaveContact... contacts) {
		SaveOrganization cmd = new SaveOrganization(nameZh, nameEn, type, region, CreditCodes.complete(first17), address,
				website, description, null);
		Organization o = this.organizations.createEntity(Caller.current(), cmd, true);
		for (SaveContact c : contacts) {
			this.organizations.addContact(Caller.current(), o.id(), c);
		}
		return o.id();
	}

	private static SaveContact contact(String name, String title, String phone, String email) {
		return new SaveContact(name, title, phone, email, null);
	}

	private long agreement(String title, @Nullable String region, long organization, @Nullable LocalDate signing,
			@Nullable LocalDate start, @Nullable LocalDate end, Set<CollaborationArea> areas, @Nullable String resources,
			@Nullable String amount) {
		SaveAgreement cmd = new SaveAgreement(title, region, organization, str(signing), str(start), str(end), areas,
				resources, amount == null ? null : new BigDecimal(amount), "演示数据 / Demo data", null);
		return this.agreements.createEntity(Caller.current(), cmd, true).id();
	}

	private void to(long id, AgreementStatus... steps) {
		for (AgreementStatus s : List.of(steps)) {
			this.agreements.transition(Caller.current(), id, new ChangeAgreementStatus(s, version(id), null));
		}
	}

	private long version(long id) {
		return this.agreements.get(Caller.current(), id).version();
	}

	private static @Nullable String str(@Nullable LocalDate d) {
		return d == null ? null : d.toString();
	}

}
