package com.budgetperf.catalog.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.platform.input.PlainText;

@Schema(description = "发布一个指标框架版本（一级 → 二级），发布后不可修改", example = """
        {"code":"2021","name":"2021年版绩效指标框架",
         "levels":[{"name":"产出指标","children":[{"name":"数量指标"},{"name":"质量指标"},{"name":"时效指标","synonyms":["进度指标"]}]},
                   {"name":"效益指标","synonyms":["效果指标"],"children":[{"name":"社会效益指标"}]},
                   {"name":"成本指标","children":[{"name":"经济成本指标"}]},
                   {"name":"满意度指标","children":[{"name":"服务对象满意度指标"}]}]}""")
public record PublishFrameworkRequest(
        @NotBlank(message = "请填写框架版本号") @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "版本号只能包含字母、数字和 . _ -，最多 40 个字符") String code,
        @NotBlank(message = "请填写框架名称") @Size(max = 200, message = "名称最多 200 个字符") @PlainText String name,
        @NotEmpty(message = "至少需要一个一级指标") @Size(max = 20, message = "一级指标最多 20 个") List<@NotNull(message = "一级指标不能为 null") @Valid Level1> levels) {

    public record Level1(
            @NotBlank(message = "请填写一级指标名称") @Size(max = 50, message = "名称最多 50 个字符") @PlainText String name,
            @Size(max = 20, message = "同义词最多 20 个") List<@NotBlank(message = "同义词不能为空") @Size(max = 50, message = "同义词最多 50 个字符") @PlainText String> synonyms,
            @NotEmpty(message = "每个一级指标至少需要一个二级指标") @Size(max = 50, message = "二级指标最多 50 个")
            List<@NotNull(message = "二级指标不能为 null") @Valid Level2> children) {
    }

    public record Level2(
            @NotBlank(message = "请填写二级指标名称") @Size(max = 50, message = "名称最多 50 个字符") @PlainText String name,
            @Size(max = 20, message = "同义词最多 20 个") List<@NotBlank(message = "同义词不能为空") @Size(max = 50, message = "同义词最多 50 个字符") @PlainText String> synonyms) {
    }
}
