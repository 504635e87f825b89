package org.uniregion;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds (no cycles, no reaching into another module's internals), and the module
 * documentation (diagrams and canvases) is written to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(UniRegionApplication.class);

	/** The capabilities the README's module map names, each detected as a module of its own. */
	static final String[] MODULES = { "audit", "bulk", "classification", "demand", "lead", "partner", "platform",
			"region", "result", "search", "shared" };

	@Test
	void modulesRespectTheirBoundaries() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder(MODULES);
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		Path docs = Path.of("target", "spring-modulith-docs");
		new Documenter(this.modules, docs.toString()).writeDocumentation().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(docs.resolve("components.puml")).isNotEmptyFile();
		for (String module : MODULES) {
			assertThat(docs.resolve("module-" + module + ".puml")).as(module).isNotEmptyFile();
			assertThat(docs.resolve("module-" + module + ".adoc")).as(module).exists();
		}
		assertThat(Files.readString(docs.resolve("module-partner.puml"))).as("partner uses region").contains("Partner, UniRegionApplication.UniRegionApplication.Region, \"uses\"");
	}

}
