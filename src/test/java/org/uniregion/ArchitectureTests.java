package org.uniregion;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules that keep the modules' insides inside: entities, repositories and controllers are not public, and
 * nothing is injected into fields.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.uniregion");

	@Test
	void entitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().allowEmptyShould(true).check(this.classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().allowEmptyShould(true).check(this.classes);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic().check(this.classes);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(this.classes);
	}

	@Test
	void controllersDoNotTouchRepositories() {
		noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().dependOnClassesThat().areAssignableTo(Repository.class).check(this.classes);
	}

}
