package org.uniregion.classification;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped industry and IPC lists into {@code industry} and {@code ipc_entry}, so that the files in
 * the product are the single source of the classifications. It runs in the migration's transaction: either
 * every entry is stored, or none is. Its checksum covers both files, so Flyway notices if either is changed
 * after it ran.
 */
@Component
class ClassificationDataMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(ClassificationDataMigration.class);

	private static final int BATCH = 5_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2026.11.24.41");
	}

	@Override
	public String getDescription() {
		return "classification data from " + IndustryCodes.LIST + " and " + IpcCodes.LIST;
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		try {
			for (String name : List.of(IndustryCodes.LIST, IpcCodes.LIST)) {
				try (InputStream in = IpcCodes.resource(name)) {
					crc.update(in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the classification data", ex);
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		long start = System.nanoTime();
		Connection connection = context.getConnection();
		List<IndustryCodes.Entry> industries = IndustryCodes.shipped();
		try (PreparedStatement insert = connection
			.prepareStatement("insert into industry (code, name, level, parent_code) values (?, ?, ?, ?)")) {
			for (IndustryCodes.Entry e : industries) {
				insert.setString(1, e.code());
				insert.setString(2, e.name());
				insert.setInt(3, e.level());
				setNullable(insert, 4, e.parentCode());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		IpcCodes.Loaded ipc = IpcCodes.shipped();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into ipc_entry (code, title, level, section, parent_code) values (?, ?, ?, ?, ?)")) {
			int pending = 0;
			for (IpcCodes.Entry e : ipc.entries()) {
				insert.setString(1, e.code());
				insert.setString(2, e.title());
				insert.setString(3, e.level().name());
				insert.setString(4, e.code().substring(0, 1));
				setNullable(insert, 5, e.parentCode());
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			insert.executeBatch();
		}
		// Thrown inside the migration's transaction: nothing of the load remains.
		check(connection, "industry", industries.size());
		check(connection, "ipc_entry", ipc.entries().size());
		log.info("Loaded {} industries from {} and {} IPC entries from {} ({} lines; left out: {} without a code, "
				+ "{} malformed, {} repeated codes) in {} ms", industries.size(), IndustryCodes.LIST, ipc.entries().size(),
				IpcCodes.LIST, ipc.lines(), ipc.withoutCode(), ipc.malformed(), ipc.duplicates(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private static void setNullable(PreparedStatement insert, int index, @Nullable String value) throws SQLException {
		if (value == null) {
			insert.setNull(index, Types.VARCHAR);
		}
		else {
			insert.setString(index, value);
		}
	}

	private static void check(Connection connection, String table, int expected) throws SQLException {
		try (Statement count = connection.createStatement();
				ResultSet rs = count.executeQuery("select count(*) from " + table)) {
			rs.next();
			long stored = rs.getLong(1);
			if (stored != expected) {
				throw new IllegalStateException("Stored " + stored + " rows in " + table + ", but the list has " + expected);
			}
		}
	}

}
