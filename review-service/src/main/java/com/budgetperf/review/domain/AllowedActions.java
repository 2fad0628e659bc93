package com.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;

/**
 * What a caller may do with a case now: only reviewers whose region covers the case's region and whose level
 * is the level of the case's current stage act, and only while the case is undecided at that stage.
 */
public final class AllowedActions {

    public static final String CLAIM = "claim";
    public static final String ASSIGN = "assign";
    public static final String COMMENT = "comment";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String REJECT = "reject";
    /** A verdict per project (通过 / 需修改 / 不予安排). */
    public static final String VERDICT = "verdict";

    private AllowedActions() {
    }

    /** The reviewer asking: who, which region their token carries ({@link RegionCode}; null or malformed covers nothing). */
    public record Caller(String name, String regionCode) {
    }

    public static List<String> of(CaseStatus status, String caseRegionCode, RegionLevel stageLevel, String assignee,
            Caller caller) {
        if (!mayAct(status, caseRegionCode, stageLevel, caller)) {
            return List.of();
        }
        List<String> actions = new ArrayList<>();
        if (!Objects.equals(assignee, caller.name())) {
            actions.add(CLAIM);
        }
        actions.addAll(List.of(ASSIGN, COMMENT, APPROVE, RETURN, REJECT, VERDICT));
        return List.copyOf(actions);
    }

    /** Region covered, level matching the stage, case undecided at its stage. */
    public static boolean mayAct(CaseStatus status, String caseRegionCode, RegionLevel stageLevel, Caller caller) {
        return status.isUndecided() && covers(caller, caseRegionCode) && levelMatches(caller, stageLevel);
    }

    public static boolean covers(Caller caller, String caseRegionCode) {
        return caller != null && region(caller).map(region -> region.covers(caseRegionCode)).orElse(false);
    }

    public static boolean levelMatches(Caller caller, RegionLevel stageLevel) {
        return caller != null && stageLevel != null
                && region(caller).map(region -> region.level() == stageLevel).orElse(false);
    }

    private static Optional<RegionCode> region(Caller caller) {
        return caller.regionCode() == null ? Optional.empty() : RegionCode.parse(caller.regionCode());
    }
}
