package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * Quantity × unit cost against the 预算数: a project's cost standard per person, item… ("33元/人", "2万元/个"), also
 * per month or year ("150元/月/人", "2.5元/人/月"; several in one cell give a range), times its one 数量指标 in that
 * unit ("197人"), should come near the 预算数, within rule set threshold {@code quantityCostTolerance} (0.3 = 30%);
 * several standards in one cell give a range, and the 预算数 must fall inside it.
 * ("500元/人·月" with a middle dot too). A monthly standard is paid for the months the project's 数量指标 count
 * ("监护补助发放月数 12个月"), or else for the twelve months of the 预算数's year. Caps and floors ("≤1500元/人") do not fix
 * what is spent per unit and are not compared. The standards are read from the cell's text here (several rates in
 * one cell are beyond the value parser).
 */
public final class QuantityTimesUnitCost extends NamedRule {

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万元|元)\\s*/\\s*(?:(月|年)\\s*[/·・]\\s*)?"
            + "(人次|人|户|个|件|次|家|所|项|名|台|套|亩|平方米)(?:\\s*[/·・]\\s*(月|年))?");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    /** One standard: amount in 万元 per unit, and whether it is per month. */
    record Rate(BigDecimal wanYuan, String per, boolean monthly) {
    }

    public QuantityTimesUnitCost() {
        super("QUANTITY_TIMES_UNIT_COST", Severity.WARNING, "数量×单位成本与预算数不符");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        BigDecimal tolerance = context.ruleSet().threshold("quantityCostTolerance", new BigDecimal("0.3"));
        for (ReviewContext.LocatedProject located : context.projects()) {
            BigDecimal budget = located.project().budget() == null ? null : located.project().budget().total();
            if (budget == null || budget.signum() <= 0) {
                continue;
            }
            List<ReviewContext.LocatedIndicator> rows = context.filledIndicatorsAt(located.pointer());
            List<ReviewContext.LocatedIndicator> standards = rows.stream()
                    .filter(row -> ValueRows.isCost(context, row) && !rates(row).isEmpty()).toList();
            for (ReviewContext.LocatedIndicator cost : standards) {
                List<Rate> rates = rates(cost);
                String per = rates.get(0).per();
                boolean monthly = rates.get(0).monthly();
                if (rates.stream().anyMatch(rate -> !rate.per().equals(per) || rate.monthly() != monthly)
                        || standards.stream().filter(other -> rates(other).get(0).per().equals(per)).count() != 1) {
                    continue;
                }
                List<ReviewContext.LocatedIndicator> quantities = rows.stream()
                        .filter(row -> "数量指标".equals(row.level2()) && row.value().isQuantitative()
                                && per.equals(row.value().unit()) && row.value().number() != null)
                        .toList();
                if (quantities.size() == 1) {
                    compare(located, budget, quantities.get(0), cost, rates, monthly ? months(rows) : 1, tolerance,
                            findings);
                }
            }
        }
    }

    /** The point standards written in a cost cell; none for caps and floors. */
    static List<Rate> rates(ReviewContext.LocatedIndicator row) {
        ComparisonOperator operator = row.value().operator();
        if (operator != null && operator != ComparisonOperator.EQ && operator != ComparisonOperator.APPROX) {
            return List.of();
        }
        List<Rate> rates = new ArrayList<>();
        Matcher m = RATE.matcher(ValueRows.written(row));
        while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(1));
            BigDecimal wanYuan = "元".equals(m.group(2)) ? amount.divide(TEN_THOUSAND) : amount;
            rates.add(new Rate(wanYuan, m.group(4), "月".equals(m.group(3)) || "月".equals(m.group(5))));
        }
        return rates;
    }

    /** The months a monthly standard is paid: those one 数量指标 counts ("12个月"), or the budget year's twelve. */
    static int months(List<ReviewContext.LocatedIndicator> rows) {
        List<BigDecimal> counted = rows.stream()
                .filter(row -> "数量指标".equals(row.level2()) && row.value().isQuantitative() && "月".equals(row.value().unit())
                        && row.value().number() != null && row.value().number().signum() > 0
                        && row.value().number().compareTo(BigDecimal.valueOf(12)) <= 0)
                .map(row -> row.value().number()).toList();
        return counted.size() == 1 ? counted.get(0).intValue() : 12;
    }

    private static void compare(ReviewContext.LocatedProject located, BigDecimal budget,
            ReviewContext.LocatedIndicator quantity, ReviewContext.LocatedIndicator cost, List<Rate> rates,
            int months, BigDecimal tolerance, FindingSink findings) {
        boolean monthly = rates.get(0).monthly();
        BigDecimal low = rates.stream().map(Rate::wanYuan).min(BigDecimal::compareTo).orElseThrow()
                .multiply(quantity.value().number());
        BigDecimal high = rates.stream().map(Rate::wanYuan).max(BigDecimal::compareTo).orElseThrow()
                .multiply(quantity.value().number());
        // several standards in one cell give a range that already holds the unknown mix: no further allowance
        BigDecimal allowance = rates.size() > 1 ? BigDecimal.ZERO : tolerance;
        BigDecimal from = low.multiply(BigDecimal.valueOf(months)).multiply(BigDecimal.ONE.subtract(allowance));
        BigDecimal to = high.multiply(BigDecimal.valueOf(months)).multiply(BigDecimal.ONE.add(allowance));
        if (budget.compareTo(from) >= 0 && budget.compareTo(to) <= 0) {
            return;
        }
        BigDecimal product = high.multiply(BigDecimal.valueOf(months));
        BigDecimal ratio = product.divide(budget, MathContext.DECIMAL64);
        boolean yuanForWan = ratio.compareTo(new BigDecimal("5000")) > 0 || ratio.compareTo(new BigDecimal("0.0002")) < 0;
        findings.report(cost.pointer() + "/value", "项目" + quoted(located.project().displayName()) + "的数量指标"
                + quoted(quantity.indicator().name()) + "（" + ValueRows.written(quantity) + "）乘以成本指标"
                + quoted(cost.indicator().name()) + "（" + ValueRows.written(cost) + "）"
                + (monthly ? "，按" + months + "个月计算" : "") + "约为" + ValueRows.plain(product) + "万元，"
                + "与预算数" + ValueRows.plain(budget) + "万元对不上（允许相差"
                + tolerance.multiply(ValueRows.HUNDRED).stripTrailingZeros().toPlainString() + "%）"
                + (yuanForWan ? "，可能把元和万元写混了" : "") + "；请核对数量、单位成本或预算数");
    }
}
