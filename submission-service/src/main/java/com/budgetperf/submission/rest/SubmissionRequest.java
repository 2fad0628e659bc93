package com.budgetperf.submission.rest;

import com.budgetperf.platform.input.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.submission.domain.document.TargetDocument;

@Schema(description = "一个部门一个预算年度的绩效目标申报；每次报送形成一个新版本", example = """
        {"fiscalYear":2021,"regionCode":"130607","departmentCode":"356001","departmentName":"保定市满城区人力资源和社会保障局",
         "document":{"overallGoal":"做好就业创业、社会保险、人才人事和劳动关系工作","subGoals":["全年城镇新增就业1524人"],
          "safeguards":"加强资金监管","departmentIndicators":[],
          "projects":[{"code":"P001","name":"就业补助资金","budget":{"total":1574,"fiscal":1574,"other":0},
           "purpose":"职业培训补贴、社会保险补贴、公益性岗位补贴","disbursementPlan":{"mar":25,"jun":50,"oct":80,"dec":100},
           "goals":["全年城镇新增就业1524人，城镇登记失业率控制在4.5%以内"],"classified":false,
           "indicators":[{"level1":"产出指标","level2":"数量指标","name":"城镇新增就业人数","description":"城镇新增就业人数",
             "value":{"raw":"≥1524人"},"basis":"计划标准"},
            {"level1":"产出指标","level2":"质量指标","name":"城镇登记失业率","value":{"symbol":"≤","number":"4.5","unit":"%"},
             "basis":"计划标准"}]}]}}""")
public record SubmissionRequest(
        @NotNull(message = "请填写预算年度") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间")
        @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
        @NotBlank(message = "请填写行政区划代码") @Pattern(regexp = "\\d{6}", message = "行政区划代码应为 6 位数字（县级），如 130607") String regionCode,
        @NotBlank(message = "请填写部门（预算单位）编码") @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "部门编码只能包含字母、数字和 -，最多 40 个字符") String departmentCode,
        @NotBlank(message = "请填写部门名称") @Size(max = 200, message = "部门名称最多 200 个字符") @PlainText String departmentName,
        @NotNull(message = "请提供绩效目标内容（document）") TargetDocument document) {
}
