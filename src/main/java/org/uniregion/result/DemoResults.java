package org.uniregion.result;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.platform.BackgroundWork;
import org.uniregion.platform.Caller;
import org.uniregion.platform.StartupTask;
import org.uniregion.platform.SystemActor;

import static org.uniregion.result.TransferMode.ASSIGNMENT;
import static org.uniregion.result.TransferMode.CONSULTING;
import static org.uniregion.result.TransferMode.EQUITY;
import static org.uniregion.result.TransferMode.JOINT_DEVELOPMENT;
import static org.uniregion.result.TransferMode.LICENSE;

/**
 * The demo catalog of real public data (see {@link DemoCatalog}), and a handful of demo research results owned by the demo researcher, in every visibility, with real IPC and
 * GB/T 4754 codes, created once (when no demo result exists yet) through the aggregate's own rules. Every
 * title says that it is demo data; the records are flagged demo as well.
 */
@Component
@ConditionalOnProperty(name = "uniregion.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoResults implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoResults.class);

	static final String OWNER = "researcher";

	private final ResultService results;

	private final ResearchResultRepository repository;

	private final Researchers researchers;

	private final TransactionTemplate tx;

	private final DemoCatalog catalog;

	private final MessageSource messages;

	DemoResults(ResultService results, ResearchResultRepository repository, Researchers researchers,
			TransactionTemplate tx, DemoCatalog catalog, MessageSource messages) {
		this.results = results;
		this.repository = repository;
		this.researchers = researchers;
		this.tx = tx;
		this.catalog = catalog;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "demo-results";
	}

	/** After the demo partners and demands. */
	@Override
	public int order() {
		return 40;
	}

	@Override
	public void run(BackgroundWork.@Nullable Progress progress) {
		if (!this.repository.existsByDemoTrueAndSourceIsNull() && this.researchers.find(OWNER).isPresent()) {
			SystemActor.run(() -> this.tx.executeWithoutResult(s -> create()));
			log.info("Demo research results created for the demo researcher, in every visibility (flagged as demo data)");
		}
		loadCatalog();
	}

	/**
	 * The demo catalog (NASA offers, CSL abstracts), each source once, in one transaction, owned by the office
	 * (see {@link DemoCatalog}); logs the time it added to the start.
	 */
	void loadCatalog() {
		long start = System.nanoTime();
		String office = this.messages.getMessage("result.catalogOwner", null, java.util.Locale.SIMPLIFIED_CHINESE) + " / "
				+ this.messages.getMessage("result.catalogOwner", null, java.util.Locale.ENGLISH);
		int[] stored = { 0 };
		SystemActor.run(() -> this.tx.executeWithoutResult(s -> stored[0] = this.catalog.loadMissing(office)));
		if (stored[0] > 0) {
			log.info("Demo catalog loaded or brought in line: {} demo results from NASA and CSL stored, updated or deleted in {} ms", stored[0],
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	private void create() {
		Caller system = Caller.current();
		result(system, Visibility.PUBLISHED, ResultType.PATENT, "演示：面向中文科技文献的语义检索方法",
				"一种结合分词与向量表示的中文科技文献语义检索方法，可提升长文本检索的召回率。（演示数据）",
				List.of("语义检索", "中文分词", "向量检索"), "computer-science", List.of("G06F16/35"), List.of("6513"), 6,
				IpStatus.GRANTED, List.of("CN2024100000001"), EnumSet.of(LICENSE, ASSIGNMENT), "zh", "150000");
		result(system, Visibility.PUBLISHED, ResultType.PATENT, "演示：高安全性锂离子电池正极材料",
				"一种高镍三元正极材料的包覆工艺，提高电池循环寿命和热稳定性。（演示数据）",
				List.of("锂离子电池", "正极材料", "热稳定性"), "materials-science", List.of("H01M10/052"), List.of("3841"), 5,
				IpStatus.FILED, List.of("CN2025100000002"), EnumSet.of(JOINT_DEVELOPMENT, LICENSE), "zh", null);
		result(system, Visibility.PUBLISHED, ResultType.SOFTWARE_COPYRIGHT, "[Demo] Industrial robot path planning toolkit",
				"A software toolkit that plans collision-free paths for six-axis industrial robots in cluttered cells. (Demo data)",
				List.of("robotics", "path planning"), "mechanical-engineering", List.of("B25J9/16"), List.of("3990"), 7,
				IpStatus.GRANTED, List.of("2024SR000003"), EnumSet.of(LICENSE, CONSULTING), "en", "80000");
		result(system, Visibility.PUBLISHED, ResultType.KNOW_HOW, "演示：城镇污水深度处理与再生利用工艺",
				"基于膜生物反应器的城镇污水深度处理工艺，出水可用于工业冷却。（演示数据）",
				List.of("污水处理", "膜生物反应器", "再生水"), "environmental-engineering", List.of("C02F1/00"), List.of("4620"), 8,
				IpStatus.NOT_PROTECTED, List.of(), EnumSet.of(CONSULTING, JOINT_DEVELOPMENT), "zh", null);
		result(system, Visibility.PUBLISHED, ResultType.PLANT_VARIETY, "演示：耐盐碱水稻新品种",
				"适宜沿海盐碱地种植的水稻新品种，亩产稳定。（演示数据）", List.of("水稻", "耐盐碱", "育种"), "crop-science",
				List.of("A01H6/46"), List.of("0111"), 9, IpStatus.GRANTED, List.of("CNA20230000004"),
				EnumSet.of(ASSIGNMENT, LICENSE), "zh", "300000");
		result(system, Visibility.INTERNAL, ResultType.PATENT, "演示：基于深度学习的医学影像辅助诊断",
				"利用卷积神经网络对胸部影像进行病灶检测的辅助诊断方法。（演示数据）",
				List.of("深度学习", "医学影像", "辅助诊断"), "biomedical-engineering", List.of("G16H50/20", "G06N3/08"),
				List.of("6513", "8411"), 4, IpStatus.FILED, List.of("CN2025100000005"), EnumSet.of(JOINT_DEVELOPMENT, EQUITY),
				"zh", null);
		result(system, Visibility.INTERNAL, ResultType.INTEGRATED_CIRCUIT_LAYOUT, "[Demo] Low-power sensor interface chip layout",
				"An integrated circuit layout for a low-power analog front end of wearable sensors. (Demo data)",
				List.of("low power", "analog front end"), "electronic-science", List.of("H10D"), List.of("3990"), 5,
				IpStatus.GRANTED, List.of("BS.2024500006"), EnumSet.of(LICENSE), "en", null);
		result(system, Visibility.DRAFT, ResultType.PATENT, "演示：风力发电机组叶片健康监测（草稿）",
				"基于振动信号的风电叶片损伤在线监测方法。（演示数据）", List.of("风力发电", "健康监测"), "power-engineering",
				List.of("F03D"), List.of("3811"), 3, IpStatus.NOT_PROTECTED, List.of(), EnumSet.of(JOINT_DEVELOPMENT), "zh",
				null);
		result(system, Visibility.DRAFT, ResultType.OTHER, "演示：中药提取物质量控制方法（草稿）", null, List.of(), "chinese-medicine",
				List.of("A61K36/00"), List.of("2720"), null, null, List.of(), EnumSet.noneOf(TransferMode.class), "zh", null);
		result(system, Visibility.WITHDRAWN, ResultType.DESIGN, "演示：智能水杯外观设计（已撤回）",
				"一种带温度显示的智能水杯外观设计。（演示数据）", List.of("外观设计", "智能硬件"), "industrial-design", List.of(),
				List.of("3990"), 9, IpStatus.EXPIRED, List.of("CN3020190000007"), EnumSet.of(ASSIGNMENT), "zh", "20000");
		result(system, Visibility.WITHDRAWN, ResultType.PATENT, "[Demo] Machine vision inspection of weld seams (withdrawn)",
				"A machine vision method that finds defects in weld seams on production lines. (Demo data)",
				List.of("machine vision", "weld inspection"), "control-science", List.of("G06T7/00"), List.of("3990"), 6,
				IpStatus.GRANTED, List.of("CN2022100000008"), EnumSet.of(LICENSE), "en", null);
	}

	private void result(Caller system, Visibility target, ResultType type, String title, @Nullable String abstractText,
			List<String> keywords, String discipline, List<String> ipc, List<String> industries, @Nullable Integer trl,
			@Nullable IpStatus ipStatus, List<String> ipNumbers, Set<TransferMode> modes, String language,
			@Nullable String amount) {
		SaveResult cmd = new SaveResult(type, title, abstractText, keywords, discipline, ipc, industries, trl, ipStatus,
				ipNumbers, List.of("演示研究员 Demo Researcher"), "演示实验室 Demo Lab", "演示学院 Demo School", modes,
				amount == null ? "面议 / negotiable（演示）" : "一次性转让或许可（演示）", amount == null ? null : new BigDecimal(amount),
				language, OWNER, null);
		ResearchResult r = this.results.createEntity(system, cmd, true);
		for (Visibility step : path(target)) {
			this.results.changeVisibility(system, r.id(), new ChangeVisibility(step, r.getVersion()));
		}
	}

	/** The moves from a draft to {@code target}. */
	private static List<Visibility> path(Visibility target) {
		return switch (target) {
			case DRAFT -> List.of();
			case INTERNAL -> List.of(Visibility.INTERNAL);
			case PUBLISHED -> List.of(Visibility.INTERNAL, Visibility.PUBLISHED);
			case WITHDRAWN -> List.of(Visibility.PUBLISHED, Visibility.WITHDRAWN);
		};
	}

}
