package com.budgetperf.review;

import com.budgetperf.platform.testing.ArchitectureRules;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

@AnalyzeClasses(packages = "com.budgetperf.review", importOptions = ArchitectureRules.MainClassesOnly.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(ArchitectureRules.class);
}
