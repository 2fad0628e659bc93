package com.budgetperf.catalog.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorTemplateRepository implements PanacheRepositoryBase<IndicatorTemplateEntity, UUID> {

    public Optional<IndicatorTemplateEntity> findByLevel2AndName(String level2, String name) {
        return find("level2 = ?1 and name = ?2", level2, name).firstResultOptional();
    }

    public List<IndicatorTemplateEntity> listActive() {
        return list("status", "ACTIVE");
    }

    /** pg_trgm similarity of two texts (used to check the extension handles Chinese). */
    public double similarity(String a, String b) {
        return ((Number) getEntityManager().createNativeQuery("select similarity(:a, :b)")
                .setParameter("a", a).setParameter("b", b).getSingleResult()).doubleValue();
    }

    /**
     * Active templates whose name or one of whose aliases contains {@code q} (ILIKE '%q%', wildcards in q escaped),
     * optionally of one 二级; with a keyword the best pg_trgm {@code similarity(name, q)} first, else by 一级, 二级, name.
     */
    @SuppressWarnings("unchecked")
    public List<IndicatorTemplateEntity> search(String q, String level2, int page, int size) {
        StringBuilder sql = new StringBuilder("select * from indicator_template where status = 'ACTIVE'");
        if (q != null) {
            sql.append(" and (name ilike :pattern escape '\\' or aliases::text ilike :pattern escape '\\')");
        }
        if (level2 != null) {
            sql.append(" and level2 = :level2");
        }
        sql.append(q != null ? " order by similarity(name, :q) desc, level1, level2, name, id" : " order by level1, level2, name, id");
        sql.append(" limit :limit offset :offset");
        Query query = getEntityManager().createNativeQuery(sql.toString(), IndicatorTemplateEntity.class);
        if (q != null) {
            query.setParameter("pattern", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            query.setParameter("q", q);
        }
        if (level2 != null) {
            query.setParameter("level2", level2);
        }
        query.setParameter("limit", size);
        query.setParameter("offset", (long) page * size);
        return query.getResultList();
    }
}
