package com.budgetperf.review.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.messaging.in.SubmissionWithdrawn;
import com.budgetperf.review.messaging.out.ReviewCaseClosed;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;

/**
 * A county withdrew its submission: the cases nobody decided yet are closed, the audit log says so, and each closing
 * is announced on {@code budget.reviews} ({@code budget.review.closed.v1}, reason WITHDRAWN) through the outbox in the
 * same transaction. A closed case refuses every later action ({@link CaseGuard}, 409 {@code CASE_CLOSED}).
 */
@ApplicationScoped
public class CaseWithdrawal {

    static final String COUNTY = "county";

    private final ReviewCaseRepository cases;
    private final AuditLog audit;
    private final Outbox outbox;

    public CaseWithdrawal(ReviewCaseRepository cases, AuditLog audit, Outbox outbox) {
        this.cases = cases;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int close(SubmissionWithdrawn withdrawn) {
        // PostgreSQL keeps microseconds: the audit entry and the event carry exactly what is stored.
        Instant at = (withdrawn.withdrawnAt() == null ? Instant.now() : withdrawn.withdrawnAt())
                .truncatedTo(ChronoUnit.MICROS);
        String by = withdrawn.withdrawnBy() == null ? COUNTY : withdrawn.withdrawnBy();
        int closed = 0;
        for (ReviewCaseEntity reviewCase : cases.undecided(withdrawn.submissionId())) {
            long fromVersion = reviewCase.version;
            reviewCase.withdraw(at);
            cases.flush();
            audit.append(reviewCase.id, at, by, AuditAction.WITHDRAWN, fromVersion,
                    Map.of("submissionVersion", String.valueOf(withdrawn.version())));
            outbox.append(EventTopics.REVIEWS, reviewCase.submissionId.toString(), ReviewCaseClosed.TYPE,
                    new ReviewCaseClosed(reviewCase.id, reviewCase.submissionId, reviewCase.submissionVersion,
                            reviewCase.stage.name(), ReviewCaseClosed.WITHDRAWN, by, at));
            closed++;
        }
        return closed;
    }
}
