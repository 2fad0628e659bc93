package com.budgetperf.review.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditCheckpoint;
import com.budgetperf.review.messaging.out.AuditCheckpointPublished;
import com.budgetperf.review.repository.AuditCheckpointRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the audit log's head periodically (a checkpoint of the cases whose log grew, chained by digest) through
 * the outbox, and verifies the log against checkpoint digests kept outside the review database (report-service).
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    /** A checkpoint as kept elsewhere: its number and digest. */
    public record Kept(long seq, String digest) {
    }

    /** The outcome: valid, or the first checkpoint that no longer matches and why. */
    public record Verification(boolean valid, int checkpoints, Long brokenAt, String reason) {
    }

    private final AuditCheckpointRepository repository;
    private final AuditLog log;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public AuditCheckpoints(AuditCheckpointRepository repository, AuditLog log, Outbox outbox) {
        this.repository = repository;
        this.log = log;
        this.outbox = outbox;
    }

    @Scheduled(every = "${review.audit-checkpoint.every:10m}", delayed = "${review.audit-checkpoint.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        publish().ifPresent(checkpoint -> LOG.infof("audit checkpoint %d published: %d case heads, digest %s",
                checkpoint.seq(), checkpoint.heads().size(), checkpoint.digest()));
    }

    /** Records and publishes a checkpoint of the cases whose log grew since the last one; empty when none did. */
    @Transactional
    public Optional<AuditCheckpoint> publish() {
        repository.lockForWriting();
        List<AuditCheckpoint.Head> heads = repository.movedHeads();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.next(repository.last().orElse(null), clock.instant(), heads);
        repository.append(checkpoint);
        outbox.append(EventTopics.REVIEWS, AuditCheckpointPublished.KEY, AuditCheckpointPublished.TYPE,
                new AuditCheckpointPublished(checkpoint.seq(), checkpoint.at(), checkpoint.previousDigest(),
                        checkpoint.digest(), heads.size()));
        return Optional.of(checkpoint);
    }

    @Transactional
    public List<AuditCheckpoint> all() {
        return repository.all();
    }

    /**
     * Checks every checkpoint recorded here against the digests {@code kept} elsewhere and against the log: each
     * checkpoint's digest must follow from its heads and predecessor and equal the kept one; each head must still be
     * the stored entry with that hash, and its case's chain must verify.
     */
    @Transactional
    public Verification verify(List<Kept> kept) {
        Map<Long, String> keptDigests = kept.stream().collect(Collectors.toMap(Kept::seq, Kept::digest, (a, b) -> a));
        List<AuditCheckpoint> checkpoints = repository.all();
        Map<UUID, Boolean> chainValid = new HashMap<>();
        String previous = AuditChain.GENESIS;
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (!checkpoint.previousDigest().equals(previous) || !checkpoint.consistent()) {
                return broken(checkpoints, checkpoint, "检查点摘要与其记录的案件链头不符（检查点表被改写）");
            }
            String keptDigest = keptDigests.get(checkpoint.seq());
            if (keptDigest != null && !keptDigest.equals(checkpoint.digest())) {
                return broken(checkpoints, checkpoint, "检查点摘要与审核库外保存的摘要不符（审计记录被改写）");
            }
            for (AuditCheckpoint.Head head : checkpoint.heads()) {
                if (!repository.entryHash(head.caseId(), head.seq()).map(head.hash()::equals).orElse(false)) {
                    return broken(checkpoints, checkpoint, "案件 " + head.caseId() + " 第 " + head.seq() + " 条审计记录已不是检查点时的内容");
                }
                if (!chainValid.computeIfAbsent(head.caseId(), id -> log.verify(id).valid())) {
                    return broken(checkpoints, checkpoint, "案件 " + head.caseId() + " 的审计哈希链断裂");
                }
            }
            previous = checkpoint.digest();
        }
        for (Kept outside : kept) {
            if (checkpoints.stream().noneMatch(checkpoint -> checkpoint.seq() == outside.seq())) {
                return new Verification(false, checkpoints.size(), outside.seq(), "审核库中缺少审核库外保存的检查点（检查点被删除）");
            }
        }
        return new Verification(true, checkpoints.size(), null, null);
    }

    private static Verification broken(List<AuditCheckpoint> checkpoints, AuditCheckpoint at, String reason) {
        return new Verification(false, checkpoints.size(), at.seq(), reason);
    }
}
