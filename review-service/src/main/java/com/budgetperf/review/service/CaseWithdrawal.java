package com.budgetperf.review.service;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.messaging.in.SubmissionWithdrawn;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;

/** A county withdrew its submission: the cases nobody decided yet are closed, and the audit log says so. */
@ApplicationScoped
public class CaseWithdrawal {

    private final ReviewCaseRepository cases;
    private final AuditLog audit;

    public CaseWithdrawal(ReviewCaseRepository cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int close(SubmissionWithdrawn withdrawn) {
        Instant at = withdrawn.withdrawnAt() == null ? Instant.now() : withdrawn.withdrawnAt();
        int closed = 0;
        for (ReviewCaseEntity reviewCase : cases.undecided(withdrawn.submissionId())) {
            long fromVersion = reviewCase.version;
            reviewCase.withdraw(at);
            cases.flush();
            audit.append(reviewCase.id, at, withdrawn.withdrawnBy() == null ? "county" : withdrawn.withdrawnBy(),
                    AuditAction.WITHDRAWN, fromVersion, Map.of("submissionVersion", String.valueOf(withdrawn.version())));
            closed++;
        }
        return closed;
    }
}
