package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * Quantity × unit cost against the 预算数: when a project has exactly one 数量指标 in unit X (人) and exactly one
 * cost standard in 元/X or 万元/X, their product should be near the budget total, within rule set threshold
 * {@code quantityCostTolerance} (0.3 = 30%). Only standards written as a point value ("33元/人", "≈2万元/个") are
 * compared: a cap ("≤1500元/人") or a floor does not fix what is spent per unit.
 */
public final class QuantityTimesUnitCost extends NamedRule {

    public QuantityTimesUnitCost() {
        super("QUANTITY_TIMES_UNIT_COST", Severity.WARNING, "数量×单位成本与预算数不符");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        BigDecimal tolerance = context.ruleSet().threshold("quantityCostTolerance", new BigDecimal("0.3"));
        for (ReviewContext.LocatedProject located : context.projects()) {
            if (located.project().budget() == null || located.project().budget().total() == null
                    || located.project().budget().total().signum() <= 0) {
                continue;
            }
            List<ReviewContext.LocatedIndicator> rows = context.filledIndicators().stream()
                    .filter(row -> row.project() == located.project() && row.pointer().startsWith(located.pointer() + "/"))
                    .toList();
            List<ReviewContext.LocatedIndicator> standards = new ArrayList<>();
            for (ReviewContext.LocatedIndicator row : rows) {
                if (ValueRows.isCost(context, row) && ValueRows.perWhat(row.value()) != null
                        && (row.value().operator() == ComparisonOperator.EQ
                        || row.value().operator() == ComparisonOperator.APPROX)) {
                    standards.add(row);
                }
            }
            for (ReviewContext.LocatedIndicator cost : standards) {
                String per = ValueRows.perWhat(cost.value());
                long sameUnitCosts = standards.stream().filter(other -> per.equals(ValueRows.perWhat(other.value()))).count();
                List<ReviewContext.LocatedIndicator> quantities = rows.stream()
                        .filter(row -> "数量指标".equals(row.level2()) && row.value().isQuantitative()
                                && per.equals(row.value().unit()) && row.value().number() != null)
                        .toList();
                if (sameUnitCosts != 1 || quantities.size() != 1) {
                    continue;
                }
                compare(located, quantities.get(0), cost, tolerance, findings);
            }
        }
    }

    private static void compare(ReviewContext.LocatedProject located, ReviewContext.LocatedIndicator quantity,
            ReviewContext.LocatedIndicator cost, BigDecimal tolerance, FindingSink findings) {
        BigDecimal total = located.project().budget().total();
        BigDecimal product = quantity.value().number().multiply(ValueRows.perUnitInWanYuan(cost.value()));
        BigDecimal gap = product.subtract(total).abs().divide(total, MathContext.DECIMAL64);
        if (gap.compareTo(tolerance) <= 0) {
            return;
        }
        findings.report(cost.pointer() + "/value", "项目" + quoted(located.project().displayName()) + "的数量指标"
                + quoted(quantity.indicator().name()) + "（" + ValueRows.written(quantity) + "）乘以成本指标"
                + quoted(cost.indicator().name()) + "（" + ValueRows.written(cost) + "）约为" + ValueRows.plain(product)
                + "万元，与预算数" + ValueRows.plain(total) + "万元相差" + gap.multiply(ValueRows.HUNDRED)
                        .setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()
                + "%（允许" + tolerance.multiply(ValueRows.HUNDRED).stripTrailingZeros().toPlainString()
                + "%）；请核对数量、单位成本或预算数是否填错");
    }
}
