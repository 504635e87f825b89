package org.uniregion.bulk;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.shared.Audited;

/**
 * A bulk import: the uploaded file (kept until it is committed or discarded), who uploaded it (the background
 * run acts for that caller, with its role and scope at upload time), and the progress of its dry run or commit.
 * Progress is written by bulk updates in short transactions of their own, not through this entity.
 */
@Entity
@Table(name = "import_job")
@Audited(value = "import-job", redact = "content")
class ImportJob implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind = ImportKind.RESULTS;

	private String fileName = "";

	@Enumerated(EnumType.STRING)
	private ImportFormat format = ImportFormat.CSV;

	private @Nullable String encoding;

	@Enumerated(EnumType.STRING)
	private ImportStatus status = ImportStatus.UPLOADED;

	private int totalRows;

	private int processedRows;

	private int errorCount;

	private int importedRows;

	private @Nullable String failure;

	private long ownerId;

	private String ownerUsername = "";

	private String ownerRole = "";

	private @Nullable String ownerRegionCode;

	private @Nullable Long ownerOrganizationId;

	@Basic(fetch = FetchType.LAZY)
	private byte @Nullable [] content;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	private @Nullable Instant finishedAt;

	@Version
	private long version;

	protected ImportJob() {
	}

	ImportJob(ImportKind kind, String fileName, ImportFormat format, @Nullable String encoding, int totalRows,
			Caller owner, byte[] content) {
		this.kind = kind;
		this.fileName = fileName;
		this.format = format;
		this.encoding = encoding;
		this.totalRows = totalRows;
		this.ownerId = owner.userId() == null ? 0 : owner.userId();
		this.ownerUsername = owner.username();
		this.ownerRole = owner.role() == null ? "" : owner.role().name();
		this.ownerRegionCode = owner.regionCode();
		this.ownerOrganizationId = owner.organizationId();
		this.content = content;
	}

	/** The caller the background run acts for: the uploader as it was when it uploaded. */
	Caller owner() {
		return new Caller(this.ownerId, this.ownerUsername, Role.valueOf(this.ownerRole), this.ownerRegionCode,
				this.ownerOrganizationId);
	}

	ImportView toView() {
		int percent = this.totalRows == 0 ? 100 : (int) Math.min(100, (this.processedRows * 100L) / this.totalRows);
		return new ImportView(id(), this.kind, this.fileName, this.format, this.encoding, this.status, this.totalRows,
				this.processedRows, percent, this.errorCount, this.importedRows, this.failure, this.ownerId,
				this.ownerUsername, this.createdAt, this.updatedAt, this.finishedAt);
	}

	long id() {
		return this.id == null ? 0 : this.id;
	}

	ImportKind getKind() {
		return this.kind;
	}

	ImportFormat getFormat() {
		return this.format;
	}

	@Nullable String getEncoding() {
		return this.encoding;
	}

	ImportStatus getStatus() {
		return this.status;
	}

	byte @Nullable [] getContent() {
		return this.content;
	}

	@Override
	public @Nullable String scopeRegionCode() {
		return null;
	}

	@Override
	public @Nullable Long scopeOrganizationId() {
		return null;
	}

	@Override
	public @Nullable Long scopeOwnerId() {
		return this.ownerId;
	}

}
