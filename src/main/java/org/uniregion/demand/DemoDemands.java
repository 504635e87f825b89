package org.uniregion.demand;

import java.math.BigDecimal;
import java.time.LocalDate;

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

import static org.uniregion.demand.DemandSource.ENTERPRISE;
import static org.uniregion.demand.DemandSource.PUBLIC;
import static org.uniregion.demand.DemandSource.REGION_PARTNER;
import static org.uniregion.demand.DemandSource.STAFF;
import static org.uniregion.demand.DemandStatus.CLOSED;
import static org.uniregion.demand.DemandStatus.MATCHED;
import static org.uniregion.demand.DemandStatus.OPEN;
import static org.uniregion.demand.DemandStatus.SUBMITTED;

/**
 * Demo demands, written by us (no real demand texts exist) and labelled as demo in their titles and by the demo
 * flag: in Wuxi, Hebei, Yunnan, Guangdong and Shenzhen, in Chinese and English, in several statuses, some from
 * the demo enterprise user's organization and some public submissions waiting for moderation. Created once,
 * after the demo partners (which bind the enterprise user to its organization).
 */
@Component
@ConditionalOnProperty(name = "uniregion.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDemands implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoDemands.class);

	private final DemandService demands;

	private final DemandRepository repository;

	private final AccountApi accounts;

	private final TransactionTemplate tx;

	DemoDemands(DemandService demands, DemandRepository repository, AccountApi accounts, TransactionTemplate tx) {
		this.demands = demands;
		this.repository = repository;
		this.accounts = accounts;
		this.tx = tx;
	}

	@Override
	public String key() {
		return "demo-demands";
	}

	/** After the demo partners (the demo enterprise user acts for one of them). */
	@Override
	public int order() {
		return 30;
	}

	@Override
	public void run(BackgroundWork.@Nullable Progress progress) {
		if (this.repository.existsByDemoTrue()) {
			return;
		}
		SystemActor.run(() -> this.tx.executeWithoutResult(s -> create()));
		log.info("Demo demands created (written by us, flagged as demo data)");
	}

	private void create() {
		Long enterprise = this.accounts.organizationOf("enterprise").orElse(null);
		DemandSource enterpriseSource = enterprise == null ? STAFF : ENTERPRISE;
		LocalDate t = DemandService.today();
		demand("演示：智能产线视觉质检算法优化",
				"演示数据。我司在无锡的电子装配产线采用传统机器视觉检测焊点缺陷，漏检率约 2%，误报率偏高。希望与高校合作，"
						+ "引入深度学习缺陷检测算法，在不更换现有工业相机的前提下，将漏检率降到 0.5% 以下，并支持小样本新品快速导入。",
				"39", "320211", "800000", t.plusMonths(6), "演示 陈经理", "+86 510 8000 0002", "cto@wuxi-smart.example.com",
				enterpriseSource, enterprise, OPEN);
		demand("Demo: Predictive maintenance for CNC machine tools",
				"Demo data. Our Wuxi plant runs 60 CNC machining centres; unplanned spindle failures stop the line about twice "
						+ "a month. We look for a vibration- and current-based predictive-maintenance model that warns at least "
						+ "48 hours ahead and runs on an edge gateway next to the machines.",
				"34", "320211", "500000", t.plusMonths(4), "Demo Chen", "+86 510 8000 0002", "cto@wuxi-smart.example.com",
				enterpriseSource, enterprise, MATCHED);
		demand("演示：锂电池极片涂布缺陷在线检测",
				"演示数据。锂离子电池极片涂布过程中出现的划痕、漏箔、气泡等缺陷需要在线实时检测，线速度 80 米/分钟。"
						+ "希望获得高速线扫成像与缺陷分类的整体方案。",
				"3841", "320214", "1200000", t.plusMonths(8), "演示 陈经理", null, "cto@wuxi-smart.example.com",
				enterpriseSource, enterprise, CLOSED);
		demand("演示：太湖蓝藻水华早期预警技术",
				"演示数据。无锡市希望建立太湖蓝藻水华的早期预警体系，融合卫星遥感、浮标水质在线监测与气象数据，"
						+ "提前 3 至 7 天预测水华暴发风险，为水源地保护提供决策支持。",
				"7721", "320200", "3000000", t.plusMonths(10), "演示 周处长", "+86 510 8000 0001", "wuxi.st@example.com",
				REGION_PARTNER, null, OPEN);
		demand("演示：钢铁企业低品位余热回收利用",
				"演示数据。河北省多家钢铁企业存在大量 150℃ 以下的低品位余热未被利用。征集有机朗肯循环发电、"
						+ "热泵供暖等余热回收技术及示范工程方案，要求投资回收期不超过 5 年。",
				"35", "130000", "5000000", t.plusMonths(12), "演示 赵处长", "+86 311 8000 0001", "hebei.st@example.com",
				REGION_PARTNER, null, OPEN);
		demand("Demo: Continuous-flow synthesis of an API intermediate",
				"Demo data. A pharmaceutical manufacturer in Shijiazhuang wants to move a hazardous nitration step of an "
						+ "active pharmaceutical ingredient intermediate from batch reactors to continuous flow, with better "
						+ "safety and a yield of at least 90%.",
				"2710", "130100", "2000000", t.plusMonths(9), "Demo Dr Sun", "+86 311 8000 0002", "rd@sjz-bio.example.com",
				STAFF, null, OPEN);
		demand("演示：高原特色咖啡种植病害智能识别",
				"演示数据。云南普洱、保山等地咖啡种植户面临锈病等病害，希望开发基于手机拍照的病害智能识别与防治建议系统，"
						+ "支持离线使用和少数民族语言界面。",
				"0169", "530100", "600000", t.plusMonths(5), "演示 杨处长", "+86 871 8000 0001", "yunnan.st@example.com",
				REGION_PARTNER, null, OPEN);
		demand("Demo: Cold-chain monitoring for fresh-cut flowers",
				"Demo data, submitted through the public form. A flower cooperative near Kunming loses up to 20% of its "
						+ "fresh-cut flowers in transport. We need low-cost temperature and humidity loggers with a simple app "
						+ "that alerts drivers and buyers.",
				"65", "530100", "150000", t.plusMonths(3), "Demo Ms Li", "+86 871 6000 0003", "coop@flowers.example.com",
				PUBLIC, null, SUBMITTED);
		demand("演示：新能源汽车电驱系统热管理优化",
				"演示数据。广州某整车企业希望优化电驱动总成的热管理，在高温工况下将电机峰值功率持续时间提高 30%，"
						+ "征集油冷结构设计与热仿真方面的合作。",
				"36", "440100", "4000000", t.plusMonths(7), "演示 黄处长", "+86 20 8000 0001", "gd.st@example.com",
				STAFF, null, MATCHED);
		demand("Demo: Low-power edge AI chip for smart meters",
				"Demo data. A Shenzhen company designs smart electricity meters and wants an edge AI accelerator that "
						+ "recognizes appliance load signatures with under 50 mW, to be licensed or co-developed.",
				"39", "440300", "2500000", t.plusMonths(6), "Demo Mr Wang", "+86 755 8000 0001", "pm@meters.example.com",
				STAFF, null, OPEN);
		demand("演示：半导体封装设备关键部件国产化",
				"演示数据，经公众表单提交。深圳一家封装测试企业希望实现引线键合机超声换能器的国产化替代，"
						+ "要求频率稳定性与进口部件相当，寻求高校在压电材料与结构设计方面的支持。",
				"3562", "440300", null, t.plusMonths(8), "演示 刘工", "+86 755 6000 0002", null, PUBLIC, null, SUBMITTED);
	}

	private void demand(String title, String text, String industry, String region, @Nullable String budget,
			LocalDate deadline, String contact, @Nullable String phone, @Nullable String email, DemandSource source,
			@Nullable Long organization, DemandStatus status) {
		SaveDemand cmd = new SaveDemand(title, text, industry, region, budget == null ? null : new BigDecimal(budget), deadline,
				contact, phone, email, null);
		Demand d = this.demands.createDemo(cmd, source, source == ENTERPRISE ? organization : null);
		if (status == MATCHED || status == CLOSED) {
			DemandView v = this.demands.transition(Caller.current(), d.id(),
					new ChangeDemandStatus(status, d.getVersion(), status == CLOSED ? "演示：已与合作方签约 Demo: contracted" : null));
			if (v.status() != status) {
				throw new IllegalStateException("Demo demand not in " + status);
			}
		}
	}

}
