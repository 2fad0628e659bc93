package com.budgetperf.review.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;

/**
 * Keeps refused attempts on a closed case in its audit log: the refusal answers 409 and rolls the action's own
 * transaction back, so the entry is written in a transaction of its own, with the case row locked like every append.
 */
@ApplicationScoped
public class CaseRefusals {

    private final ReviewCaseRepository cases;
    private final AuditLog audit;

    public CaseRefusals(ReviewCaseRepository cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID caseId, Instant at, String actor, AuditAction attempted, String code) {
        ReviewCaseEntity locked = cases.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("attempted", attempted.name());
        detail.put("code", code);
        detail.put("status", locked.status.name());
        detail.put("stage", locked.stage.name());
        audit.append(locked.id, at, actor, AuditAction.REFUSED, locked.version, detail);
    }
}
