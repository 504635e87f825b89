package org.uniregion.platform.security;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.dao.DataIntegrityViolationException;
import org.uniregion.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persistence slice on the real (embedded) PostgreSQL, migrated by Flyway: the schema's own rules hold.
 * Flyway needs every module's Java migrations (beans), so the slice includes them.
 */
@DataJpaTest(includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class),
		// The search index belongs to the full application (one writer per index directory); a repository slice needs none.
		properties = "spring.jpa.properties.hibernate.search.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserAccountRepositoryTests {

	@Autowired
	UserAccountRepository users;

	@Autowired
	ApiTokenRepository tokens;

	@Test
	void usernamesAreUnique() {
		this.users.saveAndFlush(new UserAccount("slice-unique", "{noop}x", "A", Role.STAFF, null, null, false));
		assertThatThrownBy(() -> this.users.saveAndFlush(new UserAccount("slice-unique", "{noop}y", "B", Role.STAFF, null, null, false)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRegionPartnerMustHaveARegion() {
		assertThatThrownBy(() -> this.users.saveAndFlush(new UserAccount("slice-partner", "{noop}x", "P", Role.REGION_PARTNER, null, null, false)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRegionPartnerWithARegionIsStored() {
		assertThat(this.users.saveAndFlush(new UserAccount("slice-partner2", "{noop}x", "P", Role.REGION_PARTNER, "320200", null, false))
			.getId()).isNotNull();
	}

	@Test
	void tokensAreFoundByTheirHashOnlyForTheirOwner() {
		UserAccount u = this.users.saveAndFlush(new UserAccount("slice-token", "{noop}x", "T", Role.RESEARCHER, null, null, false));
		ApiToken t = this.tokens.saveAndFlush(new ApiToken(u.getId(), "cli", ApiTokenService.sha256("urt_slice"), "urt_slice", null));
		assertThat(this.tokens.findByTokenHash(ApiTokenService.sha256("urt_slice"))).contains(t);
		assertThat(this.tokens.findByIdAndUserId(t.getId(), u.getId())).contains(t);
		assertThat(this.tokens.findByIdAndUserId(t.getId(), u.getId() + 1000)).isEmpty();
	}

}
