package org.uniregion.bulk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.demand.DemandApi;
import org.uniregion.demand.SaveDemand;
import org.uniregion.platform.AccessPolicy;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Resource;
import org.uniregion.platform.ScopePaths;
import org.uniregion.result.ResultApi;
import org.uniregion.result.SaveResult;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;
import org.uniregion.shared.FieldViolation;
import org.uniregion.shared.NotFoundException;

/**
 * Import jobs: the upload is read at once (format, encoding, header, row count and the XLSX safety checks, so
 * that a refused file stores nothing); the dry run and the commit run on a small bounded executor for the
 * uploader, writing their progress in short transactions of their own. The commit saves every row in one
 * transaction: a failure on any row rolls all of them back.
 */
@Service
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	static final ScopePaths SCOPE = new ScopePaths(null, null, "ownerId");

	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Rows between two progress updates, and per call of importAll during a commit. */
	static final int CHUNK = 500;

	/** At most this many errors are kept per job (all are counted). */
	static final int MAX_STORED_ERRORS = 10_000;

	private final ImportJobRepository jobs;

	private final ImportErrorRepository errors;

	private final AccessPolicy policy;

	private final ResultApi results;

	private final DemandApi demands;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final TransactionTemplate newTx;

	private final ThreadPoolTaskExecutor executor;

	ImportService(ImportJobRepository jobs, ImportErrorRepository errors, AccessPolicy policy, ResultApi results,
			DemandApi demands, MessageSource messages, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.errors = errors;
		this.policy = policy;
		this.results = results;
		this.demands = demands;
		this.messages = messages;
		this.tx = new TransactionTemplate(transactions);
		this.newTx = new TransactionTemplate(transactions);
		this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(16);
		this.executor.setThreadNamePrefix("import-");
		this.executor.setWaitForTasksToCompleteOnShutdown(false);
		this.executor.initialize();
	}

	@jakarta.annotation.PreDestroy
	void shutdown() {
		this.executor.shutdown();
	}

	Executor executor() {
		return this.executor;
	}

	/** Whether the caller may import this kind of record at all. */
	boolean mayImport(Caller caller, ImportKind kind) {
		return this.policy.mayWrite(caller, Resource.IMPORT_JOB)
				&& this.policy.mayWrite(caller, kind == ImportKind.RESULTS ? Resource.RESEARCH_RESULT : Resource.DEMAND);
	}

	boolean mayImport(Caller caller) {
		return mayImport(caller, ImportKind.RESULTS) || mayImport(caller, ImportKind.DEMANDS);
	}

	/** Reads and stores the file, then starts its dry run. */
	ImportView upload(Caller caller, ImportKind kind, String fileName, byte[] bytes, @Nullable String encoding) {
		if (!mayImport(caller, kind)) {
			throw new AccessDeniedException("May not import " + kind);
		}
		if (bytes.length > MAX_BYTES) {
			throw new BusinessRuleException("bulk.file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
		}
		Table table = TabularReader.read(bytes, encoding);
		List<String> missing = new ArrayList<>();
		Columns.positions(kind, table.header(), missing);
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("bulk.file.missingColumns", String.join(", ", missing));
		}
		if (table.rows().isEmpty()) {
			throw new BusinessRuleException("bulk.file.noRows");
		}
		String name = fileName.isBlank() ? "import" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
		ImportJob job = this.tx.execute(s -> this.jobs.save(new ImportJob(kind, name, table.format(),
				table.format() == ImportFormat.CSV ? table.encoding() : null, table.rows().size(), caller, bytes)));
		long id = job.id();
		submit(id, () -> validate(id));
		return get(caller, id);
	}

	ImportView get(Caller caller, long id) {
		return this.tx.execute(s -> readable(caller, id).toView());
	}

	Page<ImportView> list(Caller caller, Pageable pageable) {
		this.policy.requireRead(caller, Resource.IMPORT_JOB);
		return this.tx.execute(s -> this.jobs.findAll(this.policy.<ImportJob>readable(caller, Resource.IMPORT_JOB, SCOPE), pageable)
			.map(ImportJob::toView));
	}

	Page<RowError> errors(Caller caller, long id, Pageable pageable) {
		return this.tx.execute(s -> {
			readable(caller, id);
			return this.errors.findByJob(id, pageable).map(ImportError::toRowError);
		});
	}

	/** The error report: row, column and message in the given language, as CSV rows. */
	List<List<String>> report(Caller caller, long id, Locale locale) {
		return this.tx.execute(s -> {
			readable(caller, id);
			List<List<String>> out = new ArrayList<>();
			for (ImportError e : this.errors.findAllByJob(id)) {
				RowError r = e.toRowError();
				out.add(List.of(String.valueOf(r.row()), r.column(), message(r, locale)));
			}
			return out;
		});
	}

	String message(RowError e, Locale locale) {
		return this.messages.getMessage(e.code(), e.args().toArray(), e.code() + " " + e.args(), locale);
	}

	/** Starts the commit of a job whose dry run found no error. */
	ImportView commit(Caller caller, long id) {
		this.tx.executeWithoutResult(s -> {
			ImportJob job = writable(caller, id);
			if (job.getStatus() != ImportStatus.VALID) {
				throw new ConflictException("bulk.job.notValid");
			}
			if (this.jobs.move(id, ImportStatus.VALID, ImportStatus.IMPORTING, Instant.now()) != 1) {
				throw new ConflictException("bulk.job.notValid");
			}
		});
		submit(id, () -> importRows(id));
		return get(caller, id);
	}

	/** Discards a job that is not running and not imported, with its file and its errors. */
	void discard(Caller caller, long id) {
		this.tx.executeWithoutResult(s -> {
			ImportJob job = writable(caller, id);
			if (job.getStatus().running() || job.getStatus() == ImportStatus.IMPORTED) {
				throw new ConflictException("bulk.job.notDiscardable");
			}
			this.errors.deleteByJob(id);
			this.jobs.delete(job);
		});
	}

	private ImportJob readable(Caller caller, long id) {
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> NotFoundException.of("import_job", id));
		this.policy.checkRead(caller, Resource.IMPORT_JOB, job, id);
		return job;
	}

	private ImportJob writable(Caller caller, long id) {
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> NotFoundException.of("import_job", id));
		this.policy.checkWrite(caller, Resource.IMPORT_JOB, job, id);
		return job;
	}

	private void submit(long id, Runnable work) {
		try {
			this.executor.execute(work);
		}
		catch (TaskRejectedException ex) {
			this.newTx.executeWithoutResult(s -> this.jobs.finish(id, ImportStatus.FAILED, 0, 0, 0, "bulk.job.busy", Instant.now()));
		}
	}

	/** The job as loaded in a transaction of its own, with its file. */
	private record Loaded(ImportKind kind, Caller owner, Table table) {
	}

	private Loaded load(long id) {
		return this.newTx.execute(s -> {
			ImportJob job = this.jobs.findById(id).orElseThrow(() -> NotFoundException.of("import_job", id));
			byte[] content = job.getContent();
			if (content == null) {
				throw new IllegalStateException("import job " + id + " has no file");
			}
			return new Loaded(job.getKind(), job.owner(), TabularReader.read(content, job.getEncoding()));
		});
	}

	/** The dry run: every row checked with the module's rules, errors stored, progress written as it goes. */
	void validate(long id) {
		try {
			this.newTx.executeWithoutResult(s -> this.jobs.move(id, ImportStatus.UPLOADED, ImportStatus.VALIDATING, Instant.now()));
			Loaded job = load(id);
			asOwner(job.owner(), () -> {
				Map<String, Integer> positions = Columns.positions(job.kind(), job.table().header(), new ArrayList<>());
				List<RowError> pending = new ArrayList<>();
				int processed = 0;
				int errorCount = 0;
				int stored = 0;
				for (Table.Row row : job.table().rows()) {
					List<RowError> rowErrors = check(job.kind(), job.owner(), positions, row);
					errorCount += rowErrors.size();
					for (RowError e : rowErrors) {
						if (stored++ < MAX_STORED_ERRORS) {
							pending.add(e);
						}
					}
					processed++;
					if (processed % CHUNK == 0) {
						flushProgress(id, processed, errorCount, pending);
					}
				}
				flushProgress(id, processed, errorCount, pending);
				int p = processed;
				int e = errorCount;
				this.newTx.executeWithoutResult(s -> this.jobs.finish(id, e == 0 ? ImportStatus.VALID : ImportStatus.INVALID,
						p, e, 0, null, Instant.now()));
			});
		}
		catch (RuntimeException ex) {
			fail(id, ex);
		}
	}

	private List<RowError> check(ImportKind kind, Caller owner, Map<String, Integer> positions, Table.Row row) {
		List<RowError> rowErrors = new ArrayList<>();
		RowMapping mapping = new RowMapping(positions, row, rowErrors);
		List<FieldViolation> violations = kind == ImportKind.RESULTS ? this.results.validate(owner, mapping.result())
				: this.demands.validate(owner, mapping.demand());
		Set<String> columns = new HashSet<>();
		for (RowError e : rowErrors) {
			columns.add(e.column());
		}
		for (FieldViolation v : violations) {
			String column = Columns.columnOf(kind, v.field());
			if (columns.add(column) || "-".equals(column)) {
				rowErrors.add(new RowError(row.number(), column, v.code(), v.args()));
			}
		}
		return rowErrors;
	}

	private void flushProgress(long id, int processed, int errorCount, List<RowError> pending) {
		this.newTx.executeWithoutResult(s -> {
			List<ImportError> batch = new ArrayList<>();
			for (RowError e : pending) {
				batch.add(new ImportError(id, e));
			}
			this.errors.saveAll(batch);
			this.jobs.progress(id, processed, errorCount, Instant.now());
		});
		pending.clear();
	}

	/** The commit: every row saved in one transaction, in chunks, progress written in short transactions. */
	void importRows(long id) {
		try {
			Loaded job = load(id);
			asOwner(job.owner(), () -> {
				Map<String, Integer> positions = Columns.positions(job.kind(), job.table().header(), new ArrayList<>());
				List<Table.Row> rows = job.table().rows();
				long started = System.nanoTime();
				Integer imported = this.tx.execute(s -> {
					int done = 0;
					for (int from = 0; from < rows.size(); from += CHUNK) {
						List<Table.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
						List<RowError> ignored = new ArrayList<>();
						if (job.kind() == ImportKind.RESULTS) {
							List<SaveResult> commands = new ArrayList<>();
							for (Table.Row row : chunk) {
								commands.add(new RowMapping(positions, row, ignored).result());
							}
							done += this.results.importAll(job.owner(), commands);
						}
						else {
							List<SaveDemand> commands = new ArrayList<>();
							for (Table.Row row : chunk) {
								commands.add(new RowMapping(positions, row, ignored).demand());
							}
							done += this.demands.importAll(job.owner(), commands);
						}
						if (!ignored.isEmpty()) {
							RowError first = ignored.get(0);
							throw new BusinessRuleException("bulk.job.rowChanged", String.valueOf(first.row()));
						}
						int d = done;
						this.newTx.executeWithoutResult(p -> this.jobs.progress(id, d, 0, Instant.now()));
					}
					return done;
				});
				int n = imported == null ? 0 : imported;
				long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
				log.info("Import job {}: {} rows in {} ms ({} rows/s)", id, n, millis, n * 1000L / millis);
				this.newTx.executeWithoutResult(s -> {
					this.jobs.finish(id, ImportStatus.IMPORTED, n, 0, n, null, Instant.now());
					this.jobs.dropContent(id);
				});
			});
		}
		catch (RuntimeException ex) {
			fail(id, ex);
		}
	}

	private void fail(long id, RuntimeException ex) {
		log.warn("Import job {} failed", id, ex);
		String failure = ex instanceof DomainException d ? d.code() : "bulk.job.failed";
		if (ex instanceof jakarta.validation.ConstraintViolationException) {
			failure = "bulk.job.rowChanged";
		}
		String f = failure;
		try {
			this.newTx.executeWithoutResult(s -> {
				ImportJob job = this.jobs.findById(id).orElse(null);
				int total = job == null ? 0 : job.toView().processedRows();
				this.jobs.finish(id, ImportStatus.FAILED, total, 0, 0, f, Instant.now());
			});
		}
		catch (RuntimeException again) {
			log.error("Could not mark import job {} as failed", id, again);
		}
	}

	/** Runs the work with the job's owner as the current user (for the audit trail). */
	private static void asOwner(Caller owner, Runnable work) {
		var context = SecurityContextHolder.createEmptyContext();
		Caller.Principal principal = () -> owner;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
