package com.budgetperf.catalog.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.catalog.config.CatalogConfig;
import com.budgetperf.catalog.domain.library.IndicatorLibraryImport;
import com.budgetperf.catalog.domain.library.IndicatorTemplateDraft;
import com.budgetperf.catalog.domain.library.SeedIndicatorRow;
import com.budgetperf.catalog.domain.library.SeedTableReader;
import com.budgetperf.catalog.mapping.IndicatorTemplateMapper;
import com.budgetperf.catalog.repository.IndicatorTemplateEntity;
import com.budgetperf.catalog.repository.IndicatorTemplateRepository;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports the standard indicator library from the seed documents bundled in {@code seeds/}. Idempotent: a
 * template is identified by (二级, name); re-running updates what the seeds say and inserts nothing twice.
 */
@ApplicationScoped
public class IndicatorLibrarySeeding {

    /** Bundled seed documents (copies of the published tables), in import order. */
    public static final List<String> SEEDS = List.of(
            "000_5228f0d72e4b18a5", "001_45f028faf00540d2", "002_3e963503b18f6771");

    private static final Logger LOG = Logger.getLogger(IndicatorLibrarySeeding.class);

    private final IndicatorTemplateRepository repository;

    public IndicatorLibrarySeeding(IndicatorTemplateRepository repository) {
        this.repository = repository;
    }

    /** Summary of one import run. */
    public record Result(int rowsRead, int templates, int inserted, int updated) {
    }

    /** Reads every bundled seed document into indicator rows. */
    public static List<SeedIndicatorRow> readSeeds() {
        List<SeedIndicatorRow> rows = new ArrayList<>();
        for (String seed : SEEDS) {
            String resource = "seeds/" + seed + ".txt";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("种子文件缺失：" + resource);
                }
                rows.addAll(SeedTableReader.read(seed, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    @Transactional
    public Result importSeeds() {
        List<SeedIndicatorRow> rows = readSeeds();
        List<IndicatorTemplateDraft> drafts = IndicatorLibraryImport.importRows(rows);
        Instant now = Instant.now();
        int inserted = 0;
        int updated = 0;
        // one read of the library instead of one query per template: this runs on every start
        Map<String, IndicatorTemplateEntity> library = new HashMap<>();
        for (IndicatorTemplateEntity entity : repository.listAll()) {
            library.put(entity.level2 + '\u0000' + entity.name, entity);
        }
        for (IndicatorTemplateDraft draft : drafts) {
            IndicatorTemplateEntity entity = library.get(draft.level2() + '\u0000' + draft.name());
            if (entity != null) {
                IndicatorTemplateMapper.apply(draft, entity);
                updated++;
            } else {
                IndicatorTemplateEntity created = IndicatorTemplateMapper.newEntity(draft, now);
                repository.persist(created);
                library.put(draft.level2() + '\u0000' + draft.name(), created);
                inserted++;
            }
        }
        Result result = new Result(rows.size(), drafts.size(), inserted, updated);
        LOG.infof("指标库导入完成：读取 %d 行，%d 个指标模板（新增 %d，更新 %d）", result.rowsRead(), result.templates(),
                inserted, updated);
        return result;
    }

    /** Runs the import at start unless {@code catalog.seed-library=false}. */
    @ApplicationScoped
    public static class AtStart {

        private final IndicatorLibrarySeeding seeding;
        private final CatalogConfig config;

        public AtStart(IndicatorLibrarySeeding seeding, CatalogConfig config) {
            this.seeding = seeding;
            this.config = config;
        }

        void onStart(@Observes StartupEvent event) {
            if (config.seedLibrary()) {
                seeding.importSeeds();
            }
        }
    }
}
