package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.budgetperf.submission.domain.review.rules.AlwaysMetTarget;
import com.budgetperf.submission.domain.review.rules.BlankIndicatorRow;
import com.budgetperf.submission.domain.review.rules.ClassifiedProject;
import com.budgetperf.submission.domain.review.rules.CostAboveBudget;
import com.budgetperf.submission.domain.review.rules.CostAsPercent;
import com.budgetperf.submission.domain.review.rules.CostWithGreaterThan;
import com.budgetperf.submission.domain.review.rules.CountAsPercent;
import com.budgetperf.submission.domain.review.rules.DeadlineOutsideYear;
import com.budgetperf.submission.domain.review.rules.DisbursementPlanRules;
import com.budgetperf.submission.domain.review.rules.DuplicateIndicatorInProject;
import com.budgetperf.submission.domain.review.rules.FundingSumMismatch;
import com.budgetperf.submission.domain.review.rules.GoalCopiedFromOtherProject;
import com.budgetperf.submission.domain.review.rules.GoalPlaceholder;
import com.budgetperf.submission.domain.review.rules.IdenticalGoals;
import com.budgetperf.submission.domain.review.rules.Level2OutsideLevel1;
import com.budgetperf.submission.domain.review.rules.LevelSynonym;
import com.budgetperf.submission.domain.review.rules.MissingBasis;
import com.budgetperf.submission.domain.review.rules.MissingBudget;
import com.budgetperf.submission.domain.review.rules.MissingGoals;
import com.budgetperf.submission.domain.review.rules.MissingIndicatorName;
import com.budgetperf.submission.domain.review.rules.MissingLevel1;
import com.budgetperf.submission.domain.review.rules.MissingOutputLevel2;
import com.budgetperf.submission.domain.review.rules.MissingUnit;
import com.budgetperf.submission.domain.review.rules.MissingValue;
import com.budgetperf.submission.domain.review.rules.NameEqualsLevel2;
import com.budgetperf.submission.domain.review.rules.NonSatisfactionUnderSatisfaction;
import com.budgetperf.submission.domain.review.rules.QuantityTimesUnitCost;
import com.budgetperf.submission.domain.review.rules.SatisfactionAtCeiling;
import com.budgetperf.submission.domain.review.rules.SatisfactionMisplaced;
import com.budgetperf.submission.domain.review.rules.UnknownLevel;
import com.budgetperf.submission.domain.review.rules.UnreadableValue;
import com.budgetperf.submission.domain.review.rules.VagueBasis;
import com.budgetperf.submission.domain.review.rules.VagueValue;
import com.budgetperf.submission.domain.review.rules.WrongLevel2Content;

/** Every rule of the machine pre-review, grouped as they are listed to people. */
public final class StandardRules {

    private static final Map<String, String> TITLES = all().stream()
            .collect(Collectors.toUnmodifiableMap(ReviewRule::code, ReviewRule::title));

    private StandardRules() {
    }

    /** The Chinese title of the rule with {@code code} (指标值确定依据不明确 for VAGUE_BASIS); empty for an unknown code. */
    public static Optional<String> title(String code) {
        return Optional.ofNullable(code).map(TITLES::get);
    }

    public static List<ReviewRule> all() {
        List<ReviewRule> rules = new ArrayList<>();
        // structure and completeness
        rules.add(new ClassifiedProject());
        rules.addAll(List.of(new BlankIndicatorRow(), new MissingValue(), new MissingBasis(), new MissingLevel1(),
                new MissingOutputLevel2(), new MissingBudget(), new MissingGoals(), new MissingIndicatorName()));
        // goals
        rules.addAll(List.of(new GoalPlaceholder(), new IdenticalGoals(), new GoalCopiedFromOtherProject()));
        // hierarchy
        rules.addAll(List.of(new LevelSynonym(), new UnknownLevel(), new Level2OutsideLevel1(), new NameEqualsLevel2(),
                new SatisfactionMisplaced(), new NonSatisfactionUnderSatisfaction(), new DuplicateIndicatorInProject(),
                new WrongLevel2Content()));
        // basis
        rules.add(new VagueBasis());
        // funding
        rules.add(new FundingSumMismatch());
        rules.addAll(DisbursementPlanRules.all());
        // values
        rules.addAll(List.of(new UnreadableValue(), new MissingUnit(), new VagueValue(), new AlwaysMetTarget(),
                new CountAsPercent(), new SatisfactionAtCeiling(), new DeadlineOutsideYear()));
        rules.addAll(List.of(new CostAsPercent(), new CostWithGreaterThan(), new CostAboveBudget(),
                new QuantityTimesUnitCost()));
        return List.copyOf(rules);
    }
}
