package com.budgetperf.submission.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubmissionChangeRepository implements PanacheRepositoryBase<SubmissionChangeEntity, Long> {

    /** Any constant: the key of the advisory lock that orders the feed. */
    private static final long FEED_LOCK = 0x5CB_FEEDL;

    /**
     * The next sequence number, taken under a transaction-level advisory lock held until commit: changes commit in
     * sequence order, so a reader that has seen seq N will never later find a committed change below N.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long nextSeq() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + FEED_LOCK + ")").getSingleResult();
        return ((Number) getEntityManager().createNativeQuery("select nextval('submission_change_seq')")
                .getSingleResult()).longValue();
    }

    public boolean recorded(UUID eventId) {
        return count("eventId", eventId) > 0;
    }

    /** The changes of regions starting with {@code regionPrefix} after {@code afterSeq}, oldest first. */
    public List<SubmissionChangeEntity> after(String regionPrefix, long afterSeq, int limit) {
        return find("regionCode like ?1 and seq > ?2", Sort.by("seq"), regionPrefix + "%", afterSeq)
                .page(Page.ofSize(limit)).list();
    }
}
