package com.budgetperf.review.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.repository.AuditEntryEntity;
import com.budgetperf.review.repository.AuditEntryRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The append-only, hash-chained audit log of each case. Appends run in the transaction of the action they record,
 * after the case row was updated (and so locked), so one case's entries are appended one at a time.
 */
@ApplicationScoped
public class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditEntryRepository repository;

    public AuditLog(AuditEntryRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord append(UUID caseId, Instant at, String actor, AuditAction action, long fromVersion,
            Map<String, String> detail) {
        AuditRecord last = repository.lastOf(caseId).map(AuditLog::toRecord).orElse(null);
        AuditRecord next = AuditChain.append(last, caseId, at, actor, action.name(), fromVersion, detail);
        AuditEntryEntity row = new AuditEntryEntity();
        row.caseId = caseId;
        row.seq = next.seq();
        row.at = next.at();
        row.actor = next.actor();
        row.action = next.action();
        row.fromVersion = next.fromVersion();
        row.detail = write(next.detail());
        row.previousHash = next.previousHash();
        row.hash = next.hash();
        repository.persist(row);
        return next;
    }

    @Transactional
    public List<AuditRecord> entries(UUID caseId) {
        return repository.ofCase(caseId).stream().map(AuditLog::toRecord).toList();
    }

    @Transactional
    public AuditChain.Verification verify(UUID caseId) {
        return AuditChain.verify(entries(caseId));
    }

    static AuditRecord toRecord(AuditEntryEntity row) {
        return new AuditRecord(row.caseId, row.seq, row.at, row.actor, row.action, row.fromVersion, read(row.detail),
                row.previousHash, row.hash);
    }

    /** A value as JSON text, for a detail that is a list (return reasons). */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Map<String, String> detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeMap<String, String> read(String detail) {
        try {
            return JSON.readValue(detail, new TypeReference<TreeMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            // an unreadable detail cannot be verified: keep the text so the hash check fails
            TreeMap<String, String> unreadable = new TreeMap<>();
            unreadable.put("unreadable", detail);
            return unreadable;
        }
    }
}
