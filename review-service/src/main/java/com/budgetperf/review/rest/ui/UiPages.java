package com.budgetperf.review.rest.ui;

import java.util.List;
import java.util.UUID;

import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.review.service.CaseView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * The reviewers' pages and fragments, type-safe: each record is the data of the template of its hyphenated name
 * in {@code templates/ui} (Qute checks every expression of the template against the record at build time). Every
 * page record carries {@code title}, {@code user} and {@code userRegion} for {@code ui/base}.
 */
final class UiPages {

    private UiPages() {
    }

    /** The queue's filter form as it was filled in. */
    @TemplateData
    record QueueForm(String region, String fiscalYear, String stage, String status, String grade, String hasErrors,
            String overdue, String pageSize) {
    }

    /** 审核队列. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record Queue(String title, String user, String userRegion, List<UiModel.QueueRow> rows, ShownProblem problem,
            QueueForm filter, List<UiModel.Option> stages, List<UiModel.Option> statuses, List<UiModel.Option> grades,
            List<UiModel.Option> hasErrorsOptions, List<UiModel.Option> overdueOptions, List<UiModel.Option> sorts,
            List<UiModel.Option> orders, int pageLabel, String previousPage, String nextPage) implements TemplateInstance {
    }

    /** 审核案件: header, department goals, the projects' forms with findings and comments, decision, changes, history. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record Case(String title, String user, String userRegion, CaseView c, String statusLabel, String openedAt,
            String dueAt, String decidedAt, String score, String overallGoal, List<String> subGoals, String safeguards,
            List<UiModel.IndicatorRow> departmentIndicators, List<UiModel.Finding> documentFindings,
            List<UiModel.Finding> allFindings, List<UiModel.Comment> documentComments, List<UiModel.Project> projects,
            boolean canClaim, boolean canComment, boolean canVerdict, boolean canDecide, List<UiModel.Option> grades,
            List<String> reasonCodes, List<UiModel.Anchor> anchors, List<UiModel.ChangeRow> changes,
            List<UiModel.HistoryRow> history, String notice, ShownProblem problem) implements TemplateInstance {
    }

    /** A page that could not be shown: the problem and a way back to the queue. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record ErrorPage(String title, String user, String userRegion, ShownProblem problem) implements TemplateInstance {
    }

    /** The htmx fragment of one anchor's comment list, with the problem of a refused comment. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record Comments(List<UiModel.Comment> comments, ShownProblem commentProblem) implements TemplateInstance {
    }

    /** The htmx fragment of one project's verdict, and its header tag swapped out of band. */
    @CheckedTemplate(basePath = "ui", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record Verdict(UiModel.Project p, UUID caseId, boolean canVerdict, ShownProblem verdictProblem, boolean oob)
            implements TemplateInstance {
    }
}
