package com.budgetperf.catalog.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.platform.input.PlainText;

@Schema(description = "新增一个标准三级指标模板", example = """
        {"name":"培训合格率","level1":"产出指标","level2":"质量指标","valueKind":"quantitative","unit":"%",
         "direction":"positive","aliases":["培训考核合格率"],"typicalValues":[">=95%"],"policyAreas":["社会保障和就业"]}""")
public record CreateTemplateRequest(
        @NotBlank(message = "请填写三级指标名称") @Size(max = 100, message = "名称最多 100 个字符") @PlainText String name,
        @NotBlank(message = "请填写一级指标") @Size(max = 50, message = "一级指标最多 50 个字符") @PlainText String level1,
        @NotBlank(message = "请填写二级指标") @Size(max = 50, message = "二级指标最多 50 个字符") @PlainText String level2,
        @NotBlank(message = "请填写指标值类型") @Pattern(regexp = "quantitative|qualitative|deadline", message = "指标值类型只能是 quantitative、qualitative 或 deadline") String valueKind,
        @Size(max = 20, message = "单位最多 20 个字符") @PlainText String unit,
        @Pattern(regexp = "positive|negative", message = "指标方向只能是 positive（正向）或 negative（反向）") String direction,
        @Size(max = 20, message = "别名最多 20 个") List<@NotBlank(message = "别名不能为空") @Size(max = 100, message = "别名最多 100 个字符") @PlainText String> aliases,
        @Size(max = 5, message = "典型指标值最多 5 个") List<@NotBlank(message = "典型指标值不能为空") @Size(max = 100, message = "典型指标值最多 100 个字符") @PlainText String> typicalValues,
        @Size(max = 10, message = "行业领域最多 10 个") List<@NotBlank(message = "行业领域不能为空") @Size(max = 50, message = "行业领域最多 50 个字符") @PlainText String> policyAreas) {
}
