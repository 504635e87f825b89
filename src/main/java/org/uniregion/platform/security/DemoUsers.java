package org.uniregion.platform.security;

import java.security.SecureRandom;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uniregion.platform.Caller;
import org.uniregion.platform.Role;
import org.uniregion.platform.SystemActor;

/**
 * One demo user per role, created once. Their password is {@code uniregion.demo.password}, or, when that
 * is not set, generated and printed once, at the start that creates them.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "uniregion.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	record Demo(String username, String displayName, Role role, @Nullable String regionCode) {
	}

	static final List<Demo> USERS = List.of(new Demo("admin", "Demo Administrator 演示管理员", Role.ADMIN, null),
			new Demo("staff", "Demo Officer 演示工作人员", Role.STAFF, null),
			new Demo("wuxi", "Demo Wuxi S&T Bureau 演示无锡市科技局", Role.REGION_PARTNER, "320200"),
			new Demo("enterprise", "Demo Enterprise 演示企业", Role.ENTERPRISE, null),
			new Demo("researcher", "Demo Researcher 演示科研人员", Role.RESEARCHER, null),
			new Demo("reviewer", "Demo Reviewer 演示评审专家", Role.REVIEWER, null),
			new Demo("auditor", "Demo Auditor 演示审计人员", Role.AUDITOR, null));

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final Environment env;

	DemoUsers(UserAccountRepository users, PasswordEncoder encoder, TransactionTemplate tx, Environment env) {
		this.users = users;
		this.encoder = encoder;
		this.tx = tx;
		this.env = env;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (USERS.stream().allMatch(d -> this.users.findByUsername(d.username()).isPresent())) {
			return;
		}
		String configured = this.env.getProperty("uniregion.demo.password");
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? generate() : configured;
		String hash = this.encoder.encode(password);
		SystemActor.run(() -> this.tx.executeWithoutResult(s -> {
			for (Demo d : USERS) {
				if (this.users.findByUsername(d.username()).isEmpty()) {
					this.users.save(new UserAccount(d.username(), hash, d.displayName(), d.role(), d.regionCode(), null, true));
				}
			}
		}));
		if (generated) {
			log.warn("""

					=====================================================================
					 Demo users created: admin, staff, wuxi, enterprise, researcher,
					 reviewer, auditor. Their password (shown this once): {}
					 Set uniregion.demo.password to choose it yourself.
					=====================================================================""", password);
		}
		else {
			log.info("Demo users created with the password from uniregion.demo.password");
		}
	}

	private static String generate() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return sb.toString();
	}


}
