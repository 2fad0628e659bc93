package com.budgetperf.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** report-service settings ({@code report.*}). */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

    /** Empties the read model and replays all three topics from the beginning when the service starts. */
    @WithDefault("false")
    boolean rebuildOnStart();

    /** Longest a rebuild (one transaction) may take. */
    @WithDefault("30m")
    Duration rebuildTimeout();

    /**
     * Days a review stage may take before the city page counts it overdue; the same as review-service's
     * {@code review.due-days} (default 10).
     */
    @WithDefault("10")
    int reviewDueDays();

    Pdf pdf();

    /** The disclosure PDF. */
    interface Pdf {

        /**
         * The CJK font embedded into the PDF: a TrueType/OpenType file, or a collection ({@code .ttc}) whose face
         * {@link #fontIndex()} is used. Debian/Ubuntu: {@code apt-get install -y fonts-noto-cjk}
         * ({@code fc-list :lang=zh file} lists the installed ones).
         */
        @WithDefault("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
        String fontPath();

        /**
         * Face of a font collection (.ttc). In Noto's NotoSansCJK-Regular.ttc face 0 is JP, 2 is SC (Simplified Chinese
         * glyph shapes, e.g. 直 骨 角 as printed in mainland China): {@code fc-list -f '%{file} %{index} %{family[0]}
'}.
         */
        @WithDefault("2")
        int fontIndex();
    }
}
