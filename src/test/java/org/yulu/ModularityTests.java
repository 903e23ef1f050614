package org.yulu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each top-level package is a module; they depend on each other one way only, through their top-level types. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(YuluApplication.class);

    @Test
    void packagesDependOnEachOtherWithoutACircleAndOnlyThroughTheirTopLevelTypes() {
        MODULES.verify();
    }

    @Test
    void theLowestPackagesDependOnNothingAbove() {
        assertThat(dependencies("text")).isEmpty();
        assertThat(dependencies("system")).containsExactly("text");
        assertThat(dependencies("corpus")).containsExactlyInAnyOrder("system");
    }

    private static List<String> dependencies(String module) {
        return MODULES.getModuleByName(module).orElseThrow().getDirectDependencies(MODULES).uniqueModules()
                .map(found -> found.getIdentifier().toString()).toList();
    }
}
