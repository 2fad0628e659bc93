package com.budgetperf.review.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.repository.CaseFilter;

/**
 * The queue's query parameters, one {@code @BeanParam} for the REST queue and the web UI's queue page. The REST
 * resource validates the bounds ({@code @Valid}); the page keeps them in range itself.
 */
public class QueueQuery {

    private static final List<String> SORTS = List.of("openedAt", "dueAt", "qualityScore");

    @Parameter(description = "预算年度")
    @QueryParam("fiscalYear")
    @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间")
    @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间")
    public Integer fiscalYear;

    @Parameter(description = "行政区划代码前缀，须在调用者的行政区划之内，如 130607")
    @QueryParam("region")
    public String region;

    @Parameter(description = "审核阶段：COUNTY_FINANCE、CITY_FINANCE")
    @QueryParam("stage")
    public String stage;

    @Parameter(description = "案件状态：OPEN、IN_REVIEW、RETURNED、APPROVED、REJECTED、SUPERSEDED、WITHDRAWN")
    @QueryParam("status")
    public String status;

    @Parameter(description = "评级（已决定的评级，未决定时为机审建议评级）：优、良、中、差")
    @QueryParam("grade")
    public String grade;

    @Parameter(description = "是否有机审错误（ERROR）：true 或 false")
    @QueryParam("hasErrors")
    public String hasErrors;

    @Parameter(description = "是否已超期：true 或 false")
    @QueryParam("overdue")
    public String overdue;

    @Parameter(description = "排序：openedAt（默认）、dueAt、qualityScore")
    @QueryParam("sort")
    @DefaultValue("openedAt")
    public String sort;

    @Parameter(description = "asc 或 desc（默认）")
    @QueryParam("order")
    @DefaultValue("desc")
    public String order;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "页码从 0 开始")
    @Max(value = 100_000, message = "页码不能大于 100000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "每页至少 1 条")
    @Max(value = 200, message = "每页最多 200 条")
    public int size;

    /** The page keeps paging in range instead of refusing it: page ≥ 0, 1 ≤ size ≤ 200. */
    public QueueQuery keptInRange() {
        page = Math.max(0, Math.min(page, 100_000));
        size = Math.max(1, Math.min(size, 200));
        return this;
    }

    /**
     * The filter, checked: {@code region} within the caller's {@code callerPrefix} (403 otherwise), known stage,
     * status, grade, flags, sort and order (422 otherwise).
     */
    public CaseFilter filter(String callerPrefix) {
        String prefix = callerPrefix;
        if (!blank(region)) {
            RegionCode wanted = RegionCode.parse(region.strip()).orElseThrow(
                    () -> ProblemException.invalid("/region", RegionCode.problemWith(region.strip()).orElseThrow()));
            if (!RegionCode.of(callerPrefix).covers(wanted)) {
                throw new RegionNotCoveredException(wanted.code());
            }
            prefix = wanted.prefix();
        }
        CaseStatus statusFilter = blank(status) ? null : CaseStatus.parse(status.strip()).orElseThrow(
                () -> ProblemException.invalid("/status", "案件状态只能是 OPEN、IN_REVIEW、RETURNED、APPROVED、REJECTED、SUPERSEDED 或 WITHDRAWN"));
        ReviewStage stageFilter = null;
        if (!blank(stage)) {
            try {
                stageFilter = ReviewStage.valueOf(stage.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("/stage", "审核阶段只能是 COUNTY_FINANCE 或 CITY_FINANCE");
            }
        }
        String gradeFilter = blank(grade) ? null : Grade.parse(grade.strip()).map(Grade::label)
                .orElseThrow(() -> ProblemException.invalid("/grade", "评级只能是 优、良、中 或 差"));
        if (!SORTS.contains(sort)) {
            throw ProblemException.invalid("/sort", "排序只能是 openedAt、dueAt 或 qualityScore");
        }
        if (!List.of("asc", "desc").contains(order)) {
            throw ProblemException.invalid("/order", "排序方向只能是 asc 或 desc");
        }
        return new CaseFilter(prefix, fiscalYear, statusFilter, stageFilter, gradeFilter, flag(hasErrors, "/hasErrors"),
                flag(overdue, "/overdue"), Instant.now(), sort, "desc".equals(order), page, size);
    }

    private static Boolean flag(String value, String field) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "只能是 true 或 false");
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
