package org.uniregion;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no reaching into another module's internals), and the module
 * documentation (diagrams and canvases) is written to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(UniRegionApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
