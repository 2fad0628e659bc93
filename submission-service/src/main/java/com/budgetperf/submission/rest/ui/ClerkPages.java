package com.budgetperf.submission.rest.ui;

import java.util.List;

import com.budgetperf.platform.web.ShownProblem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The county clerks' pages, type-safe: each record is the data of the template of its hyphenated name in
 * {@code templates/ui} (Qute checks every expression of the template against the record at build time). Every page
 * carries {@code title}, {@code user} and {@code regionName} for {@code ui/base}.
 */
final class ClerkPages {

    private ClerkPages() {
    }

    /** 本地区的申报: the departments' submissions, the blank form and the upload. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record Submissions(String title, String user, String regionName, List<ClerkModel.SubmissionRow> rows,
            String fiscalYear, int defaultYear, boolean county, String notice, ShownProblem problem)
            implements TemplateInstance {
    }

    /** 一个部门的申报: its versions, the reviewers' decisions and comments, submit and withdraw. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record SubmissionPage(String title, String user, String regionName, ClerkModel.SubmissionRow s,
            List<ClerkModel.VersionRow> versions, List<ClerkModel.Note> notes, boolean canSubmit, boolean canWithdraw,
            boolean canUpload, String notice, ShownProblem problem) implements TemplateInstance {
    }

    /** 一个版本: the 绩效目标表 as posted, the machine findings and comments on their rows, replies. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record VersionPage(String title, String user, String regionName, ClerkModel.SubmissionRow s,
            ClerkModel.VersionRow v, String overallGoal, List<String> subGoals, String safeguards,
            List<ClerkModel.Row> departmentRows, List<ClerkModel.MachineFinding> documentFindings,
            List<ClerkModel.MachineFinding> allFindings, List<ClerkModel.Comment> documentComments,
            List<ClerkModel.ProjectTable> projects, String notice, ShownProblem problem) implements TemplateInstance {
    }

    /** A page that could not be shown: the problem and a way back to the list. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record ErrorPage(String title, String user, String regionName, ShownProblem problem) implements TemplateInstance {
    }
}
