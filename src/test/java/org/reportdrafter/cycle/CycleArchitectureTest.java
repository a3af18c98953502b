package org.reportdrafter.cycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CycleArchitectureTest {
    @Test
    void theCycleUsesOnlyTheJdkAndTheDomain() {
        noClasses().that().resideInAPackage("org.reportdrafter.cycle..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.reportdrafter.domain..", "org.reportdrafter.cycle..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.reportdrafter"));
    }
}
