package com.budgetperf.catalog.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorTemplateRepository implements PanacheRepositoryBase<IndicatorTemplateEntity, UUID> {

    /** How many seed templates {@link #importSeedTemplates} inserted and how many it changed. */
    public record SeedImport(int inserted, int updated) {
    }

    /**
     * The seed templates ({@code templates}: a JSON array of objects named like the table's columns) in one
     * statement: a template the library does not have (by 二级 and name) is inserted ACTIVE, one that differs from the
     * seeds is updated (status, id and created_at stay), and one that equals the seeds is not written at all.
     */
    public SeedImport importSeedTemplates(String templates, Instant now) {
        @SuppressWarnings("unchecked")
        List<Boolean> written = getEntityManager().createNativeQuery("""
                insert into indicator_template as t (id, name, aliases, level1, level2, value_kind, unit, direction,
                        typical_values, policy_area, seed_rows, source, status, created_at)
                select r.id, r.name, r.aliases, r.level1, r.level2, r.value_kind, r.unit, r.direction,
                       r.typical_values, r.policy_area, r.seed_rows, r.source, 'ACTIVE', :now
                from jsonb_to_recordset(cast(:templates as jsonb)) as r(id uuid, name varchar, aliases jsonb,
                        level1 varchar, level2 varchar, value_kind varchar, unit varchar, direction varchar,
                        typical_values jsonb, policy_area jsonb, seed_rows integer, source varchar)
                on conflict (level2, name) do update set aliases = excluded.aliases, level1 = excluded.level1,
                        value_kind = excluded.value_kind, unit = excluded.unit, direction = excluded.direction,
                        typical_values = excluded.typical_values, policy_area = excluded.policy_area,
                        seed_rows = excluded.seed_rows, source = excluded.source
                where (t.aliases, t.level1, t.value_kind, t.unit, t.direction, t.typical_values, t.policy_area,
                        t.seed_rows, t.source)
                    is distinct from (excluded.aliases, excluded.level1, excluded.value_kind, excluded.unit,
                        excluded.direction, excluded.typical_values, excluded.policy_area, excluded.seed_rows,
                        excluded.source)
                returning (t.xmax = 0)""")
                .setParameter("templates", templates)
                .setParameter("now", now)
                .getResultList();
        int inserted = (int) written.stream().filter(Boolean.TRUE::equals).count();
        return new SeedImport(inserted, written.size() - inserted);
    }

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
