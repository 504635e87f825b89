package org.uniregion.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.uniregion.search.CatalogQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uniregion.classification.ClassificationApi;
import org.uniregion.classification.IndustryView;
import org.uniregion.classification.IpcView;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.Role;
import org.uniregion.platform.ScopePaths;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.FieldViolation;
import org.uniregion.shared.NotFoundException;

/**
 * Research results: every query restricted to what the access policy lets the caller read, every change
 * checked by it; IPC and industry codes checked against the classifications; visibility changes published
 * as {@link ResultPublished} and {@link ResultWithdrawn}.
 */
@Service
class ResultService implements ResultApi {

	static final ScopePaths SCOPE = new ScopePaths(null, null, "ownerId", "visibility");

	private final ResearchResultRepository results;

	private final AccessPolicy policy;

	private final ClassificationApi classifications;

	private final Researchers researchers;

	private final ApplicationEventPublisher events;

	private final Validator validator;

	private final org.springframework.context.MessageSource messages;

	@PersistenceContext
	private @Nullable EntityManager entityManager;

	private final ResultSearch search;

	ResultService(ResearchResultRepository results, AccessPolicy policy, ClassificationApi classifications,
			Researchers researchers, ApplicationEventPublisher events, Validator validator,
			org.springframework.context.MessageSource messages, ResultSearch search) {
		this.search = search;
		this.results = results;
		this.policy = policy;
		this.classifications = classifications;
		this.researchers = researchers;
		this.events = events;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	// No transaction: the checks read nothing but cached classifications (and a named owner's account, which
	// reads in a transaction of its own); a transaction per row made the dry run of an import cost ~0.4 ms a row.
	public List<FieldViolation> validate(Caller caller, SaveResult cmd) {
		List<FieldViolation> out = new ArrayList<>(FieldViolation.of(this.validator.validate(cmd)));
		try {
			build(caller, cmd);
		}
		catch (DomainException ex) {
			FieldViolation v = FieldViolation.of(ex);
			if (v.field() == null || out.stream().noneMatch(o -> v.field().equals(o.field()))) {
				out.add(v);
			}
		}
		catch (RuntimeException ex) {
			// A command that already breaks its constraints may not get through the checks of its content.
			if (out.isEmpty()) {
				throw ex;
			}
		}
		return out;
	}

	@Override
	@Transactional
	public int importAll(Caller caller, List<SaveResult> commands) {
		this.policy.requireWrite(caller, Resource.RESEARCH_RESULT);
		int n = 0;
		for (SaveResult cmd : commands) {
			var violations = this.validator.validate(cmd);
			if (!violations.isEmpty()) {
				throw new ConstraintViolationException(violations);
			}
			this.results.save(build(caller, cmd));
			if (++n % BATCH == 0 && this.entityManager != null) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		if (this.entityManager != null) {
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return n;
	}

	private static final int BATCH = 500;

	/** A new draft for the command, checked as {@link #create} checks it, not yet saved. */
	private ResearchResult build(Caller caller, SaveResult cmd) {
		this.policy.requireWrite(caller, Resource.RESEARCH_RESULT);
		ResearchResult r = new ResearchResult(content(cmd), null, caller.username(), false);
		owner(caller, cmd.ownerUsername(), r);
		this.policy.checkWrite(caller, Resource.RESEARCH_RESULT, r, null);
		return r;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ResultView> list(Caller caller, ResultQuery query, Pageable pageable) {
		return this.results.findAll(spec(caller, query), pageable).map(ResearchResult::toView);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ResultView> catalog(ResultQuery query, Pageable pageable) {
		ResultQuery published = new ResultQuery(query.q(), query.type(), null, query.trl(), query.ipcSection(),
				query.industry(), query.transferMode(), false);
		return this.results.findAll(spec(Caller.ANONYMOUS, published), pageable).map(r -> r.toView().anonymized());
	}

	@Override
	@Transactional(readOnly = true)
	public ResultView get(Caller caller, long id) {
		return readable(caller, id).toView();
	}

	@Override
	@Transactional(readOnly = true)
	public ResultView catalogEntry(long id) {
		return readable(Caller.ANONYMOUS, id).toView().anonymized();
	}

	@Override
	@Transactional
	public ResultView create(Caller caller, SaveResult cmd) {
		return createEntity(caller, cmd, false).toView();
	}

	ResearchResult createEntity(Caller caller, SaveResult cmd, boolean demo) {
		this.policy.requireWrite(caller, Resource.RESEARCH_RESULT);
		ResearchResult r = new ResearchResult(content(cmd), null, caller.username(), demo);
		owner(caller, cmd.ownerUsername(), r);
		this.policy.checkWrite(caller, Resource.RESEARCH_RESULT, r, null);
		return this.results.saveAndFlush(r);
	}

	/** A researcher owns what it creates; the office may name the researcher, or else owns it itself. */
	private void owner(Caller caller, @Nullable String ownerUsername, ResearchResult r) {
		if (caller.role() != Role.RESEARCHER && ownerUsername != null && !ownerUsername.isBlank()) {
			Researchers.Account account = this.researchers.find(ownerUsername)
				.orElseThrow(() -> BusinessRuleException.onField("ownerUsername", "result.owner.unknown", ownerUsername));
			r.assignOwner(account.id(), account.username());
		}
		else {
			r.assignOwner(caller.userId(), caller.username());
		}
	}

	@Override
	@Transactional
	public ResultView update(Caller caller, long id, SaveResult cmd) {
		ResearchResult r = writable(caller, id);
		checkVersion(cmd.version(), r.getVersion(), id);
		r.change(content(cmd));
		return this.results.saveAndFlush(r).toView();
	}

	@Override
	@Transactional
	public void delete(Caller caller, long id) {
		ResearchResult r = writable(caller, id);
		if (r.getVisibility() != Visibility.DRAFT) {
			throw new BusinessRuleException("result.delete.notDraft", ResearchResult.label(r.getVisibility()));
		}
		this.results.delete(r);
	}

	@Override
	@Transactional
	public ResultView changeVisibility(Caller caller, long id, ChangeVisibility cmd) {
		ResearchResult r = writable(caller, id);
		checkVersion(cmd.version(), r.getVersion(), id);
		Object event = r.moveTo(cmd.to());
		r = this.results.saveAndFlush(r);
		if (event != null) {
			this.events.publishEvent(event);
		}
		return r.toView();
	}

	/**
	 * Labels of a result's values in the request's language, for a page: the titles of its IPC classes (in English
	 * their section's: the classes have Chinese titles only), of its industries, its discipline and its owner (the
	 * office's name for the office's records).
	 */
	@Transactional(readOnly = true)
	public Labels labels(ResultView r) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		java.util.Map<String, String> ipc = new java.util.HashMap<>();
		if ("zh".equals(locale.getLanguage())) {
			this.classifications.ipcs(r.ipcClasses()).forEach((code, v) -> ipc.put(code, v.title()));
		}
		else {
			java.util.Map<String, String> sections = this.classifications.ipcSectionTitles(
					r.ipcClasses().stream().filter(c -> !c.isEmpty()).map(c -> c.substring(0, 1)).toList(), locale);
			r.ipcClasses().forEach(c -> {
				String title = c.isEmpty() ? null : sections.get(c.substring(0, 1));
				if (title != null) {
					ipc.put(c, c.charAt(0) + " " + title);
				}
			});
		}
		boolean catalogOwner = r.ownerId() == null && r.source() != null;
		String owner = catalogOwner ? this.messages.getMessage("result.catalogOwner", null, locale) : r.ownerName();
		return new Labels(ipc, this.classifications.industryTitles(r.industries(), locale),
				Disciplines.label(r.discipline(), locale), owner, !catalogOwner);
	}

	/**
	 * Labels of a result's values in the page's language ({@link #labels}); {@code ownerIsName} tells a person's
	 * name (data, as typed) from the catalog's owner, which is a label.
	 */
	record Labels(java.util.Map<String, String> ipc, java.util.Map<String, String> industries,
			@Nullable String discipline, String owner, boolean ownerIsName) {
	}

	ResearchResult readable(Caller caller, long id) {
		ResearchResult r = this.results.findById(id).orElseThrow(() -> NotFoundException.of("research_result", id));
		this.policy.checkRead(caller, Resource.RESEARCH_RESULT, r, id);
		return r;
	}

	ResearchResult writable(Caller caller, long id) {
		ResearchResult r = this.results.findById(id).orElseThrow(() -> NotFoundException.of("research_result", id));
		this.policy.checkWrite(caller, Resource.RESEARCH_RESULT, r, id);
		return r;
	}

	private static void checkVersion(@Nullable Long given, long current, long id) {
		if (given == null) {
			throw BusinessRuleException.onField("version", "result.version.required");
		}
		if (given != current) {
			throw ConflictException.staleVersion("research_result", id);
		}
	}

	private Specification<ResearchResult> spec(Caller caller, ResultQuery query) {
		Specification<ResearchResult> spec = this.policy.readable(caller, Resource.RESEARCH_RESULT, SCOPE);
		if (query.q() != null && !query.q().isBlank()) {
			// The words mean what they mean in the search: the same index query, so list, export and search agree.
			spec = spec.and(CatalogQuery.idIn(this.search.matching(query.q())));
		}
		if (query.type() != null) {
			ResultType type = query.type();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("type"), type));
		}
		if (query.visibility() != null) {
			Visibility v = query.visibility();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("visibility"), v));
		}
		if (query.trl() != null) {
			Integer trl = query.trl();
			spec = spec.and((root, q, cb) -> cb.equal(root.get("trl"), trl));
		}
		if (query.ipcSection() != null && !query.ipcSection().isBlank()) {
			String pattern = "%," + likeEscape(normalizeIpc(query.ipcSection())) + "%";
			spec = spec.and((root, q, cb) -> cb.like(joined(cb, root.get("ipcClasses")), pattern, '\\'));
		}
		if (query.industry() != null && !query.industry().isBlank()) {
			String pattern = "%," + likeEscape(query.industry().trim().toUpperCase(Locale.ROOT)) + "%";
			spec = spec.and((root, q, cb) -> cb.like(joined(cb, root.get("industries")), pattern, '\\'));
		}
		if (query.transferMode() != null) {
			String pattern = "%," + query.transferMode().name() + ",%";
			spec = spec.and((root, q, cb) -> cb.like(joined(cb, root.get("transferModes")), pattern));
		}
		if (query.mine()) {
			Long me = caller.userId();
			spec = spec.and((root, q, cb) -> me == null ? cb.disjunction() : cb.equal(root.get("ownerId"), me));
		}
		return spec;
	}

	/** The array joined with commas and enclosed in commas, so that one element (or a prefix of one) is found with LIKE. */
	private static Expression<String> joined(jakarta.persistence.criteria.CriteriaBuilder cb, Expression<?> array) {
		Expression<String> text = cb.function("array_to_string", String.class, array, cb.literal(","));
		return cb.concat(cb.concat(",", text), ",");
	}

	private static String likeEscape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Normalizes and checks the command into the aggregate's content. */
	ResearchResult.Content content(SaveResult cmd) {
		if (cmd.type() == null) {
			throw BusinessRuleException.onField("type", "result.type.required");
		}
		List<String> ipc = new ArrayList<>();
		for (String code : items(cmd.ipcClasses())) {
			String normalized = normalizeIpc(code);
			IpcView view = this.classifications.ipc(normalized)
				.orElseThrow(() -> BusinessRuleException.onField("ipcClasses", "result.ipc.unknown", code));
			if (!ipc.contains(view.code())) {
				ipc.add(view.code());
			}
		}
		List<String> industries = new ArrayList<>();
		for (String code : items(cmd.industries())) {
			String normalized = code.toUpperCase(Locale.ROOT);
			IndustryView view = this.classifications.industry(normalized)
				.orElseThrow(() -> BusinessRuleException.onField("industries", "result.industry.unknown", code));
			if (!industries.contains(view.code())) {
				industries.add(view.code());
			}
		}
		Set<TransferMode> modes = cmd.transferModes() == null || cmd.transferModes().isEmpty()
				? EnumSet.noneOf(TransferMode.class) : EnumSet.copyOf(cmd.transferModes());
		String language = blank(cmd.language()) == null ? "zh" : cmd.language().trim();
		BigDecimal amount = cmd.askingAmount() == null ? null : cmd.askingAmount().setScale(2, RoundingMode.HALF_UP);
		return new ResearchResult.Content(cmd.type(), cmd.title() == null ? "" : cmd.title().trim(),
				blank(cmd.abstractText()), items(cmd.keywords()), blank(cmd.discipline()), ipc, industries, cmd.trl(),
				cmd.ipStatus(), items(cmd.ipNumbers()), items(cmd.researchers()), blank(cmd.lab()),
				blank(cmd.department()), modes, blank(cmd.askingTerms()), amount, language);
	}

	/** The items of a list, each also split at commas and semicolons (ASCII or Chinese), trimmed, without blanks or repeats. */
	static List<String> items(@Nullable Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		for (String v : values) {
			if (v == null) {
				continue;
			}
			for (String part : v.split("[,，;；、\\n]+")) {
				String t = part.trim();
				if (!t.isEmpty()) {
					out.add(t);
				}
			}
		}
		return List.copyOf(out);
	}

	static String normalizeIpc(String code) {
		return code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
