package org.reportdrafter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DEVELOPERS.md, checked on the compiled classes. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportdrafter");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.reportdrafter.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackage("org.reportdrafter.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.reportdrafter.ui..")
                .check(classes);
    }

    @Test
    void theDomainUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.reportdrafter.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.reportdrafter.domain..")
                .check(classes);
    }

    @Test
    void storageKnowsNothingOfImportExportOrCommands() {
        noClasses().that().resideInAPackage("org.reportdrafter.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdrafter.importing..",
                        "org.reportdrafter.docx..", "org.reportdrafter.cli..", "org.apache.poi..")
                .check(classes);
    }
}
