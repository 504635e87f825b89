package org.uniregion.partner;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uniregion.region.RegionApi;
import org.uniregion.region.RegionView;

import static org.assertj.core.api.Assertions.assertThat;

/** The field rules of the commands, with a fixed set of known regions standing in for the region module. */
class AgreementValidationTests {

	static ValidatorFactory factory;

	static Validator validator;

	/** Knows Wuxi only; a proxy, so that it keeps compiling as the region module's API grows. */
	static final RegionApi REGIONS = (RegionApi) java.lang.reflect.Proxy.newProxyInstance(
			AgreementValidationTests.class.getClassLoader(), new Class<?>[] { RegionApi.class }, (proxy, method, args) -> {
				boolean wuxi = args != null && args.length == 1 && "320200".equals(args[0]);
				return switch (method.getName()) {
					case "exists" -> wuxi;
					case "find" -> wuxi ? Optional.of(new RegionView("320200", "无锡市", "Wuxi", RegionView.Level.PREFECTURE,
							"320000", "江苏省 / 无锡市", java.util.List.of())) : Optional.empty();
					default -> throw new UnsupportedOperationException(method.getName());
				};
			});

	@BeforeAll
	static void setUp() {
		ConstraintValidatorFactory constraints = new ConstraintValidatorFactory() {
			@Override
			@SuppressWarnings("unchecked")
			public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
				if (key == KnownRegion.Validator.class) {
					return (T) new KnownRegion.Validator(REGIONS);
				}
				try {
					var c = key.getDeclaredConstructor();
					c.setAccessible(true);
					return c.newInstance();
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}

			@Override
			public void releaseInstance(ConstraintValidator<?, ?> instance) {
			}
		};
		factory = Validation.byDefaultProvider().configure().constraintValidatorFactory(constraints)
			.messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void tearDown() {
		factory.close();
	}

	static SaveAgreement agreement(String region, String signing, String start, String end) {
		return new SaveAgreement("Demo agreement", region, null, signing, start, end, Set.of(CollaborationArea.TALENT),
				null, BigDecimal.ONE, null, null);
	}

	static Set<String> fields(Object command) {
		return validator.validate(command).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
			.collect(Collectors.toSet());
	}

	@Test
	void acceptsAValidAgreement() {
		assertThat(fields(agreement("320200", "2025-01-10", "2025-02-01", "2030-01-31"))).isEmpty();
		assertThat(fields(agreement("320200", null, null, null))).isEmpty();
	}

	@Test
	void reportsImpossibleDatesOnTheirFields() {
		assertThat(fields(agreement("320200", "2025-02-30", "2025-02-01", "2030-01-31"))).containsExactly("signingDate");
		assertThat(fields(agreement("320200", "2025-01-10", "2025-13-01", "2030-01-31"))).containsExactly("startDate");
		assertThat(fields(agreement("320200", "2025-01-10", "2025-02-01", "31/01/2030"))).containsExactly("endDate");
		assertThat(fields(agreement("320200", "2024-02-29", "2024-02-29", "2030-02-28"))).isEmpty();
		assertThat(fields(agreement("320200", "2025-02-29", null, null))).containsExactly("signingDate");
	}

	@Test
	void reportsAnEndBeforeTheStart() {
		assertThat(fields(agreement("320200", "2025-01-10", "2025-02-01", "2025-01-31"))).containsExactly("endDate");
		assertThat(fields(agreement("320200", "2025-01-10", "2025-02-01", "2025-02-01"))).containsExactly("endDate");
	}

	@Test
	void reportsDatesFarAwayInTime() {
		assertThat(fields(agreement("320200", "2999-01-01", null, null))).containsExactly("signingDate");
		assertThat(fields(agreement("320200", PartnerDates.today().plusYears(2).toString(), null, null)))
			.containsExactly("signingDate");
		assertThat(fields(agreement("320200", null, "1900-01-01", "2030-01-01"))).containsExactly("startDate");
	}

	@Test
	void reportsAnUnknownRegionAndAMissingCounterpart() {
		assertThat(fields(agreement("999999", null, null, null))).containsExactly("regionCode");
		assertThat(fields(agreement(null, null, null, null))).containsExactly("regionCode");
	}

	@Test
	void reportsMissingAreasAndNegativeAmounts() {
		SaveAgreement a = new SaveAgreement("T", "320200", null, null, null, null, Set.of(), null, new BigDecimal("-1"),
				null, null);
		assertThat(fields(a)).containsExactlyInAnyOrder("areas", "resourcesAmount");
	}

	@Test
	void checksOrganizations() {
		SaveOrganization ok = new SaveOrganization("演示企业", null, OrganizationType.ENTERPRISE, "320200",
				"91350100M000100Y43", null, "https://example.com", null, null);
		assertThat(fields(ok)).isEmpty();
		SaveOrganization bad = new SaveOrganization(" ", null, OrganizationType.ENTERPRISE, "999999",
				"91350100M000100Y44", null, "javascript:alert(1)", null, null);
		assertThat(fields(bad)).containsExactlyInAnyOrder("nameZh", "regionCode", "creditCode", "website");
		SaveContact contact = new SaveContact("张三", "主任", "+86 510 1234 5678", "not-an-email", null);
		assertThat(fields(contact)).containsExactly("email");
	}

}
