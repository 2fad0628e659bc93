package com.budgetperf.review.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.review.domain.AllowedActions;

/** Approves clean cases (no ERROR finding, no comment) with grade 优, each in its own transaction. */
@ApplicationScoped
public class BulkApproval {

    private final CaseDecisions decisions;

    public BulkApproval(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    /** What happened to one case: APPROVED (finally), STAGE_APPROVED (next stage entered), SKIPPED_NOT_CLEAN, or a problem code. */
    public record Outcome(UUID caseId, String outcome, Integer status, String message) {
    }

    public List<Outcome> approve(List<UUID> caseIds, AllowedActions.Caller caller) {
        List<Outcome> outcomes = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(caseIds)) {
            try {
                outcomes.add(decisions.approveIfClean(id, caller)
                        .map(view -> new Outcome(id, view.status().isUndecided() ? "STAGE_APPROVED" : "APPROVED", 200,
                                view.status().isUndecided() ? "本阶段已通过，进入" + view.stageName() + "审核" : "已通过"))
                        .orElseGet(() -> new Outcome(id, "SKIPPED_NOT_CLEAN", 409, "案件有机审错误、审核意见或需修改的项目，请逐件审核")));
            } catch (ProblemException e) {
                outcomes.add(new Outcome(id, e.problem().code(), e.problem().status(), e.problem().detail()));
            } catch (RegionNotCoveredException e) {
                outcomes.add(new Outcome(id, "REGION_NOT_COVERED", 403, "行政区划 " + e.regionCode() + " 不在您的权限范围内"));
            }
        }
        return outcomes;
    }
}
