package org.uniregion.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.search.Analyzers;
import org.uniregion.search.IndustryDivisions;
import org.uniregion.shared.Audited;
import org.uniregion.shared.BusinessRuleException;

/**
 * A research result (科技成果) that the university can transfer. It guards its visibility lifecycle: every move
 * goes through {@link #moveTo}, which checks the move and, for publishing, that the result says enough to be
 * offered (title, abstract, a keyword and a readiness level). Lists are replaced whole, never changed in
 * place, so that dirty checking and the audit trail see every change.
 */
@Entity
@Table(name = "research_result")
@Audited("research-result")
@Indexed(index = "research_result")
class ResearchResult implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "research_result_id")
	@SequenceGenerator(name = "research_result_id", sequenceName = "research_result_id_seq", allocationSize = 50)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private ResultType type = ResultType.OTHER;

	@FullTextField(analyzer = Analyzers.TEXT, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED },
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@KeywordField(name = "title_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES)
	private String title = "";

	@FullTextField(name = "abstract", analyzer = Analyzers.TEXT, highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED },
			termVector = TermVector.WITH_POSITIONS_OFFSETS)
	private @Nullable String abstractText;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	@FullTextField(analyzer = Analyzers.TEXT)
	private List<String> keywords = new ArrayList<>();

	@KeywordField(aggregable = Aggregable.YES)
	private @Nullable String discipline;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	@KeywordField(name = "ipc")
	private List<String> ipcClasses = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> industries = new ArrayList<>();

	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
	private @Nullable Integer trl;

	@Enumerated(EnumType.STRING)
	private @Nullable IpStatus ipStatus;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> ipNumbers = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> researchers = new ArrayList<>();

	private @Nullable String lab;

	private @Nullable String department;

	/** The modes by name, in declaration order. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	@KeywordField(name = "transferMode", aggregable = Aggregable.YES)
	private List<String> transferModes = new ArrayList<>();

	private @Nullable String askingTerms;

	private @Nullable BigDecimal askingAmount;

	@KeywordField(aggregable = Aggregable.YES)
	private String language = "zh";

	@GenericField
	private @Nullable Long ownerId;

	private String ownerName = "";

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private Visibility visibility = Visibility.DRAFT;

	private @Nullable Instant visibilityChangedAt;

	@GenericField
	private boolean demo;

	/** Where a result taken from a public data set comes from ({@link CatalogSource}); null for the office's own. */
	@KeywordField(aggregable = Aggregable.YES)
	private @Nullable String source;

	/** The record's identity in its source (a CSL id, a NASA case number), so that an upgrade can update it. */
	private @Nullable String sourceKey;

	/** When the protection of the IP ends, where the source says so. */
	private @Nullable LocalDate ipExpiresOn;

	@GenericField(sortable = Sortable.YES)
	private Instant createdAt = Instant.now();

	@GenericField(sortable = Sortable.YES)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	/** Who and where: the researchers, the lab and the department, searchable with a small weight. */
	@FullTextField(name = "people", analyzer = Analyzers.TEXT)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "researchers")),
			@ObjectPath(@PropertyValue(propertyName = "lab")), @ObjectPath(@PropertyValue(propertyName = "department")) })
	List<String> getPeople() {
		List<String> people = new ArrayList<>(this.researchers);
		if (this.lab != null) {
			people.add(this.lab);
		}
		if (this.department != null) {
			people.add(this.department);
		}
		return people;
	}

	/** The IPC sections (A to H) of the result's classes, for the facet. */
	@KeywordField(name = "ipcSection", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "ipcClasses")))
	Set<String> getIpcSections() {
		return this.ipcClasses.stream().map(c -> c.substring(0, 1)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	/** The GB/T 4754 divisions (大类, two digits) of the result's industries, for the facet. */
	@KeywordField(name = "industry", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industries")))
	Set<String> getIndustryDivisions() {
		return IndustryDivisions.of(this.industries);
	}

	protected ResearchResult() {
	}

	/** A new draft owned by {@code ownerId}. */
	ResearchResult(Content content, @Nullable Long ownerId, String ownerName, boolean demo) {
		this.ownerId = ownerId;
		this.ownerName = ownerName;
		this.demo = demo;
		change(content);
	}

	/** The values of a result that a user edits, already normalized (trimmed, no blanks, codes checked). */
	record Content(ResultType type, String title, @Nullable String abstractText, List<String> keywords,
			@Nullable String discipline, List<String> ipcClasses, List<String> industries, @Nullable Integer trl,
			@Nullable IpStatus ipStatus, List<String> ipNumbers, List<String> researchers, @Nullable String lab,
			@Nullable String department, Set<TransferMode> transferModes, @Nullable String askingTerms,
			@Nullable BigDecimal askingAmount, String language) {
	}

	/**
	 * Changes the content. The readiness level lies in 1–9, the asking amount is not negative, and a published
	 * result must stay publishable.
	 */
	void change(Content c) {
		if (c.title().isBlank()) {
			throw BusinessRuleException.onField("title", "result.title.required");
		}
		if (c.trl() != null && (c.trl() < 1 || c.trl() > 9)) {
			throw BusinessRuleException.onField("trl", "result.trl.range");
		}
		if (c.askingAmount() != null && c.askingAmount().signum() < 0) {
			throw BusinessRuleException.onField("askingAmount", "result.askingAmount.negative");
		}
		if (!c.language().equals("zh") && !c.language().equals("en")) {
			throw BusinessRuleException.onField("language", "result.language.invalid");
		}
		if (this.visibility == Visibility.PUBLISHED) {
			requirePublishable(c);
		}
		assign(c);
		this.updatedAt = Instant.now();
	}

	private void assign(Content c) {
		this.type = c.type();
		this.title = c.title().trim();
		this.abstractText = c.abstractText();
		this.keywords = List.copyOf(c.keywords());
		this.discipline = c.discipline();
		this.ipcClasses = List.copyOf(c.ipcClasses());
		this.industries = List.copyOf(c.industries());
		this.trl = c.trl();
		this.ipStatus = c.ipStatus();
		this.ipNumbers = List.copyOf(c.ipNumbers());
		this.researchers = List.copyOf(c.researchers());
		this.lab = c.lab();
		this.department = c.department();
		this.transferModes = (c.transferModes().isEmpty() ? EnumSet.noneOf(TransferMode.class) : EnumSet.copyOf(c.transferModes()))
			.stream().map(Enum::name).toList();
		this.askingTerms = c.askingTerms();
		this.askingAmount = c.askingAmount();
		this.language = c.language();
	}

	Content content() {
		return new Content(this.type, this.title, this.abstractText, this.keywords, this.discipline, this.ipcClasses,
				this.industries, this.trl, this.ipStatus, this.ipNumbers, this.researchers, this.lab, this.department,
				getTransferModes(), this.askingTerms, this.askingAmount, this.language);
	}

	/**
	 * Moves to {@code to} if the lifecycle allows it; publishing needs a title, an abstract, a keyword and a
	 * readiness level.
	 * @return the event to publish, if the move is one that others care about
	 */
	@Nullable Object moveTo(Visibility to) {
		if (!this.visibility.canMoveTo(to)) {
			throw new BusinessRuleException("result.visibility.invalid", label(this.visibility), label(to));
		}
		if (to == Visibility.PUBLISHED) {
			requirePublishable(content());
		}
		Visibility from = this.visibility;
		this.visibility = to;
		this.visibilityChangedAt = Instant.now();
		long resultId = this.id == null ? 0 : this.id;
		if (to == Visibility.PUBLISHED) {
			return new ResultPublished(resultId, this.title, this.visibilityChangedAt);
		}
		if (to == Visibility.WITHDRAWN) {
			return new ResultWithdrawn(resultId, from, this.visibilityChangedAt);
		}
		return null;
	}

	private static void requirePublishable(Content c) {
		if (c.title().isBlank()) {
			throw BusinessRuleException.onField("title", "result.publish.titleRequired");
		}
		if (c.abstractText() == null || c.abstractText().isBlank()) {
			throw BusinessRuleException.onField("abstractText", "result.publish.abstractRequired");
		}
		if (c.keywords().isEmpty()) {
			throw BusinessRuleException.onField("keywords", "result.publish.keywordRequired");
		}
		if (c.trl() == null) {
			throw BusinessRuleException.onField("trl", "result.publish.trlRequired");
		}
	}

	static DefaultMessageSourceResolvable label(Visibility v) {
		return new DefaultMessageSourceResolvable(new String[] { v.messageKey() }, v.name());
	}

	@Override
	public @Nullable String scopeRegionCode() {
		return null;
	}

	@Override
	public @Nullable Long scopeOwnerId() {
		return this.ownerId;
	}

	@Override
	public String scopeVisibility() {
		return this.visibility.name();
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Research result not saved yet");
		}
		return this.id;
	}

	Set<TransferMode> getTransferModes() {
		Set<TransferMode> set = EnumSet.noneOf(TransferMode.class);
		this.transferModes.forEach(m -> set.add(TransferMode.valueOf(m)));
		return set;
	}

	ResultView toView() {
		return new ResultView(id(), this.type, this.title, this.abstractText, List.copyOf(this.keywords), this.discipline,
				List.copyOf(this.ipcClasses), List.copyOf(this.industries), this.trl, this.ipStatus,
				List.copyOf(this.ipNumbers), List.copyOf(this.researchers), this.lab, this.department,
				getTransferModes(), this.askingTerms, this.askingAmount, this.language, this.ownerId, this.ownerName,
				this.visibility, this.visibility.next(), this.demo, this.createdAt, this.updatedAt, this.version,
				this.source, this.ipExpiresOn);
	}

	/**
	 * Publishes a record taken as it is from a public data set (the demo catalog): such records keep what their
	 * source says, and a real offer without an abstract, keywords or readiness level is still an offer. Editing
	 * one later applies the usual rules.
	 */
	void publishFromSource(String source, @Nullable LocalDate ipExpiresOn) {
		this.source = source;
		this.ipExpiresOn = ipExpiresOn;
		this.visibility = Visibility.PUBLISHED;
		this.visibilityChangedAt = Instant.now();
	}

	/**
	 * Brings a record of a public data set in line with what a newer release of the demo catalog ships: its content
	 * as the source says it (without the publishing rules, as {@link #publishFromSource}), its key in the source and
	 * its owner's name; its visibility stays as the office left it.
	 */
	void refreshFromSource(Content c, String sourceKey, @Nullable LocalDate ipExpiresOn, String ownerName) {
		assign(c);
		this.sourceKey = sourceKey;
		this.ipExpiresOn = ipExpiresOn;
		this.ownerName = ownerName;
		this.updatedAt = Instant.now();
	}

	void keyInSource(String sourceKey) {
		this.sourceKey = sourceKey;
	}

	@Nullable String getSourceKey() {
		return this.sourceKey;
	}

	String getTitle() {
		return this.title;
	}

	void assignOwner(@Nullable Long ownerId, String ownerName) {
		this.ownerId = ownerId;
		this.ownerName = ownerName;
	}

	Visibility getVisibility() {
		return this.visibility;
	}

	@Nullable Long getOwnerId() {
		return this.ownerId;
	}

	long getVersion() {
		return this.version;
	}

	boolean isDemo() {
		return this.demo;
	}

}
