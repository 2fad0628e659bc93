package com.budgetperf.submission.rest;

import com.budgetperf.platform.input.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.budgetperf.platform.idempotency.Idempotent;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.service.SubmissionForms;

/**
 * The official Excel 绩效目标表: download blank or prefilled, a version's form with its findings in the cells, upload
 * filled (stored exactly like a JSON post, findings with their cells).
 */
@Path("/api/v1/submission-forms")
@Tag(name = SubmissionResource.TAG, description = SubmissionResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "SecurityScheme")
public class SubmissionFormResource {

    public static final String XLSX = SubmissionReceipt.XLSX;
    static final int MAX_BYTES = SubmissionForms.MAX_BYTES;

    private final SubmissionForms forms;
    private final CallerRegion callerRegion;
    private final SubmissionReceipt receipt;

    public SubmissionFormResource(SubmissionForms forms, CallerRegion callerRegion, SubmissionReceipt receipt) {
        this.forms = forms;
        this.callerRegion = callerRegion;
        this.receipt = receipt;
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "downloadSubmissionForm", summary = "下载绩效目标表（Excel）", description = "已报送过的部门下载到当前版本的内容，否则为只填了表头的空表。")
    @APIResponse(responseCode = "200", description = "Excel 文件（.xlsx）", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "行政区划不在调用方权限范围内")
    public Response template(
            @QueryParam("fiscalYear") @NotNull(message = "请填写预算年度") @Min(value = 2000, message = "预算年度应在 2000 至 2100 之间")
            @Max(value = 2100, message = "预算年度应在 2000 至 2100 之间") Integer fiscalYear,
            @QueryParam("regionCode") @NotBlank(message = "请填写行政区划代码")
            @Pattern(regexp = "\\d{6}", message = "行政区划代码应为 6 位数字（县级），如 130607") String regionCode,
            @QueryParam("departmentCode") @NotBlank(message = "请填写部门（预算单位）编码")
            @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "部门编码只能包含字母、数字和 -，最多 40 个字符") String departmentCode,
            @Parameter(description = "尚未报送时写入表头的部门名称") @QueryParam("departmentName")
            @Size(max = 200, message = "部门名称最多 200 个字符") @PlainText String departmentName) {
        callerRegion.requireCovers(regionCode);
        SubmissionKey key = new SubmissionKey(fiscalYear, regionCode, departmentCode);
        return SubmissionReceipt.workbook(forms.template(key, departmentName == null ? null : departmentName.strip()),
                key, "");
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Produces(XLSX)
    @RolesAllowed({ Roles.SUBMITTER, Roles.REVIEWER })
    @Operation(operationId = "downloadSubmissionVersionForm", summary = "下载某个版本的绩效目标表（Excel），可带机审意见",
            description = "reviewed=true 时，每个机审问题所在的单元格按严重程度标色并附批注（规则、说明、修改建议），"
                    + "另有“机审意见”表逐条列出（单元格可点击跳转）。改好后可直接上传，“机审意见”表和批注不会被读取。")
    @APIResponse(responseCode = "200", description = "Excel 文件（.xlsx）", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "申报不在调用方的行政区划范围内")
    @APIResponse(responseCode = "404", description = "没有该申报或该版本")
    public Response version(@PathParam("id") UUID id,
            @PathParam("version") @Min(value = 1, message = "版本号从 1 开始") int version,
            @Parameter(description = "true：标出机审问题并附“机审意见”表") @QueryParam("reviewed") @DefaultValue("false") boolean reviewed) {
        SubmissionForms.Workbook workbook = forms.version(id, version, reviewed);
        return SubmissionReceipt.workbook(workbook.xlsx(), workbook.key(),
                "_v" + version + (reviewed ? "_机审意见" : ""));
    }

    @POST
    @Idempotent
    @Consumes({ XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "uploadSubmissionForm", summary = "上传填好的绩效目标表（Excel），与 JSON 报送相同：形成新版本并即时机审",
            description = "表格无法识别的单元格以 422 返回，violations 的 field 为“工作表!单元格”（如 项目1 就业补助资金!C5）；"
                    + "机审问题带 location（工作表、单元格）。"
                    + "Idempotency-Key、If-Match、dryRun 与 JSON 报送相同。文件不超过 5 MB。")
    @APIResponse(responseCode = "201", description = "已接收，Location 指向该申报，ETag 为新版本，正文含机审结果", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "200", description = "dryRun：机审结果，未保存", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubmissionResource.DryRun.class)))
    @APIResponse(responseCode = "403", description = "表中行政区划不在调用方权限范围内")
    @APIResponse(responseCode = "413", description = "文件超过 5 MB")
    @APIResponse(responseCode = "422", description = "表格内容有误，violations 指出每个单元格")
    public Response upload(InputStream body,
            @Parameter(description = "重试安全：同一键的重复请求返回首次结果") @HeaderParam("Idempotency-Key")
            @Size(max = 200, message = "Idempotency-Key 最多 200 个字符") String idempotencyKey,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 100, message = "If-Match 最多 100 个字符") String ifMatch,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        byte[] xlsx = limited(body);
        return receipt.receiveForm(forms.read(xlsx), ifMatch, dryRun);
    }

    private static byte[] limited(InputStream body) {
        if (body == null) {
            throw ProblemException.invalid("file", "请上传 Excel 绩效目标表（.xlsx）");
        }
        try (body) {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw SubmissionReceipt.formTooLarge();
            }
            if (bytes.length == 0) {
                throw ProblemException.invalid("file", "请上传 Excel 绩效目标表（.xlsx）");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
