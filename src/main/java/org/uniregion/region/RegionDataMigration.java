package org.uniregion.region;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped region list into {@code region}, so that the text file in the product is the single
 * source of the regions (Spring Boot hands {@link JavaMigration} beans to Flyway). It runs in the migration's
 * transaction: either every region is stored, or none is. Its checksum covers the list and the English
 * names, so Flyway notices if either is changed after it ran.
 */
@Component
class RegionDataMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(RegionDataMigration.class);

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2026.11.24.21");
	}

	@Override
	public String getDescription() {
		return "region data from " + AreaCodes.LIST;
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		try {
			for (String name : List.of(AreaCodes.LIST, AreaCodes.ENGLISH_NAMES)) {
				try (InputStream in = AreaCodes.resource(name)) {
					crc.update(in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the region data", ex);
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		List<AreaCodes.Entry> entries = AreaCodes.shipped();
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into region (code, name_zh, name_en, level, parent_code) values (?, ?, ?, ?, ?)")) {
			for (AreaCodes.Entry e : entries) {
				insert.setString(1, e.code());
				insert.setString(2, e.nameZh());
				if (e.nameEn() == null) {
					insert.setNull(3, Types.VARCHAR);
				}
				else {
					insert.setString(3, e.nameEn());
				}
				insert.setString(4, e.level().name());
				if (e.parentCode() == null) {
					insert.setNull(5, Types.VARCHAR);
				}
				else {
					insert.setString(5, e.parentCode());
				}
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (Statement count = connection.createStatement(); ResultSet rs = count.executeQuery("select count(*) from region")) {
			rs.next();
			long stored = rs.getLong(1);
			if (stored != entries.size()) {
				// Thrown inside the migration's transaction: nothing of the load remains.
				throw new IllegalStateException("Stored " + stored + " regions, but the list has " + entries.size());
			}
		}
		log.info("Loaded {} regions from {}", entries.size(), AreaCodes.LIST);
	}

}
