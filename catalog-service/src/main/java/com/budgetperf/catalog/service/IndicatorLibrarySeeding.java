package com.budgetperf.catalog.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import com.budgetperf.catalog.repository.IndicatorTemplateRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private final ObjectMapper json;

    public IndicatorLibrarySeeding(IndicatorTemplateRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /**
     * Summary of one import run: {@code updated} templates differed from the seeds and were changed, the others
     * ({@link #unchanged()}) were not written.
     */
    public record Result(int rowsRead, int templates, int inserted, int updated) {
        public int unchanged() {
            return templates - inserted - updated;
        }
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

    /**
     * One statement for the whole library (this runs at every start): templates equal to the seeds are compared in
     * the database and not written, so a restart reads the seeds and writes nothing.
     */
    @Transactional
    public Result importSeeds() {
        List<SeedIndicatorRow> rows = readSeeds();
        List<IndicatorTemplateDraft> drafts = IndicatorLibraryImport.importRows(rows);
        String templates;
        try {
            templates = json.writeValueAsString(drafts.stream().map(IndicatorTemplateMapper::toSeedRow).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("指标模板无法写成 JSON", e);
        }
        IndicatorTemplateRepository.SeedImport written = repository.importSeedTemplates(templates, Instant.now());
        Result result = new Result(rows.size(), drafts.size(), written.inserted(), written.updated());
        LOG.infof("指标库导入完成：读取 %d 行，%d 个指标模板（新增 %d，更新 %d，未变 %d）", result.rowsRead(), result.templates(),
                result.inserted(), result.updated(), result.unchanged());
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
