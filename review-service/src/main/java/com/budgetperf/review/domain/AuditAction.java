package com.budgetperf.review.domain;

/** What an audit entry records (审计动作); stored by name in {@code audit_entry.action}. */
public enum AuditAction implements Labelled {
    OPENED("开案"),
    CLAIMED("认领"),
    ASSIGNED("指派"),
    COMMENTED("审核意见"),
    PROJECT_VERDICT("项目审核结论"),
    DECIDED("作出决定"),
    STAGE_ENTERED("进入审核阶段"),
    SUPERSEDED("被新版本取代"),
    WITHDRAWN("已撤回"),
    /** An action attempted on a closed case and refused (detail: attempted action, problem code, case status). */
    REFUSED("操作被拒绝");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
