package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.ReviewRule;
import com.budgetperf.submission.domain.review.Severity;

/** The three checks of a 资金支出计划, each its own rule: it must rise, reach 100% and hold percentages. */
public final class DisbursementPlanRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DisbursementPlanRules() {
    }

    public static List<ReviewRule> all() {
        return List.of(new Decreasing(), new Incomplete(), new AmountsInsteadOfShares());
    }

    private abstract static class PlanRule extends NamedRule {

        PlanRule(String code, Severity severity, String title) {
            super(code, severity, title);
        }

        @Override
        public final void check(ReviewContext context, FindingSink findings) {
            for (ReviewContext.LocatedProject project : context.projects()) {
                DisbursementPlan plan = project.project().disbursementPlan();
                if (plan != null && !plan.milestones().isEmpty()) {
                    boolean amounts = holdsAmounts(context, project, plan.milestones());
                    if (amounts == reportsAmounts()) {
                        checkPlan(project, plan.milestones(), findings);
                    }
                }
            }
        }

        /** Amounts are reported once, by {@link AmountsInsteadOfShares}; the other checks read shares only. */
        boolean reportsAmounts() {
            return false;
        }

        abstract void checkPlan(ReviewContext.LocatedProject project, List<DisbursementPlan.Milestone> milestones,
                FindingSink findings);

        /**
         * Whether the plan holds 万元 amounts rather than cumulative shares: a cell above 100, or the last filled
         * milestone equal to the 预算数 (within rule set threshold {@code planAmountTolerance}, relative) when the
         * 预算数 is not itself 100. "8.50" at 12月底 of a project of 8.50万元 is the whole budget, not 8.5 %.
         */
        static boolean holdsAmounts(ReviewContext context, ReviewContext.LocatedProject project,
                List<DisbursementPlan.Milestone> milestones) {
            if (milestones.stream().anyMatch(milestone -> milestone.share().compareTo(HUNDRED) > 0)) {
                return true;
            }
            BigDecimal budget = budget(project);
            if (budget == null || budget.signum() <= 0 || budget.compareTo(HUNDRED) == 0) {
                return false;
            }
            BigDecimal last = milestones.get(milestones.size() - 1).share();
            BigDecimal tolerance = context.ruleSet().threshold("planAmountTolerance", new BigDecimal("0.01"));
            return last.subtract(budget).abs().compareTo(budget.multiply(tolerance)) <= 0;
        }

        static BigDecimal budget(ReviewContext.LocatedProject project) {
            return project.project().budget() == null ? null : project.project().budget().total();
        }
    }

    /** Cumulative shares cannot go down: "6月底 50%, 10月底 40%". */
    static final class Decreasing extends PlanRule {

        Decreasing() {
            super("DISBURSEMENT_DECREASING", Severity.ERROR, "资金支出计划累计进度下降");
        }

        @Override
        void checkPlan(ReviewContext.LocatedProject project, List<DisbursementPlan.Milestone> milestones,
                FindingSink findings) {
            for (int i = 1; i < milestones.size(); i++) {
                DisbursementPlan.Milestone before = milestones.get(i - 1);
                DisbursementPlan.Milestone after = milestones.get(i);
                if (after.share().compareTo(before.share()) < 0) {
                    findings.report(project.pointer() + "/disbursementPlan/" + after.field(), "项目"
                            + quoted(project.project().displayName()) + "的资金支出计划是累计进度，" + after.label() + "（"
                            + after.share().stripTrailingZeros().toPlainString() + "）不应低于" + before.label() + "（"
                            + before.share().stripTrailingZeros().toPlainString() + "）");
                }
            }
        }
    }

    /** By 12月底 the whole budget is planned to be spent. */
    static final class Incomplete extends PlanRule {

        Incomplete() {
            super("DISBURSEMENT_INCOMPLETE", Severity.WARNING, "资金支出计划年底未达到100%");
        }

        @Override
        void checkPlan(ReviewContext.LocatedProject project, List<DisbursementPlan.Milestone> milestones,
                FindingSink findings) {
            DisbursementPlan.Milestone last = milestones.get(milestones.size() - 1);
            if (!"dec".equals(last.field()) || last.share().compareTo(HUNDRED) != 0) {
                findings.report(project.pointer() + "/disbursementPlan/dec", "项目"
                        + quoted(project.project().displayName()) + "的资金支出计划到12月底应累计达到100%");
            }
        }
    }

    /** 万元 amounts typed into the percentage columns: reported once, with the shares they stand for. */
    static final class AmountsInsteadOfShares extends PlanRule {

        AmountsInsteadOfShares() {
            super("DISBURSEMENT_AS_AMOUNTS", Severity.ERROR, "资金支出计划填成了金额");
        }

        @Override
        boolean reportsAmounts() {
            return true;
        }

        @Override
        void checkPlan(ReviewContext.LocatedProject project, List<DisbursementPlan.Milestone> milestones,
                FindingSink findings) {
            BigDecimal budget = budget(project);
            StringBuilder shares = new StringBuilder();
            if (budget != null && budget.signum() > 0) {
                for (DisbursementPlan.Milestone milestone : milestones) {
                    BigDecimal share = milestone.share().multiply(HUNDRED).divide(budget, 0, RoundingMode.HALF_UP);
                    shares.append(shares.isEmpty() ? "" : "、").append(milestone.label()).append(share.toPlainString())
                            .append("%");
                }
            }
            findings.report(project.pointer() + "/disbursementPlan", "项目" + quoted(project.project().displayName())
                    + "的资金支出计划填的是金额（万元），应填写累计支出进度百分比（0-100，12月底为100%）"
                    + (shares.isEmpty() ? "" : "；按预算数" + budget.stripTrailingZeros().toPlainString()
                    + "万元换算应为：" + shares));
        }
    }
}
