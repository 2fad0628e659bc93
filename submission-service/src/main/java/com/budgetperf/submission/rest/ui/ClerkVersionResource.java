package com.budgetperf.submission.rest.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.security.Roles;
import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.CommentReplyEntity;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.rest.SubmissionReceipt;
import com.budgetperf.submission.service.CommentReplies;
import com.budgetperf.submission.service.SubmissionForms;
import com.budgetperf.submission.service.SubmissionIntake;

/**
 * The clerk's pages of one version and of the official form: the 绩效目标表 as it was posted with the machine
 * findings and the reviewers' comments on their rows, a reply to a comment, the upload of a filled form (read and
 * stored exactly like the form API's upload) and the download of the blank or prefilled form.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class ClerkVersionResource {

    private final SubmissionIntake intake;
    private final SubmissionForms forms;
    private final SubmissionReceipt receipt;
    private final CommentReplies replies;
    private final DocumentJson json;
    private final ClerkDesk desk;
    private final ClerkUiResource pages;

    public ClerkVersionResource(SubmissionIntake intake, SubmissionForms forms, SubmissionReceipt receipt,
            CommentReplies replies, DocumentJson json, ClerkDesk desk, ClerkUiResource pages) {
        this.intake = intake;
        this.forms = forms;
        this.receipt = receipt;
        this.replies = replies;
        this.json = json;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    @Path("/submissions/{id}/versions/{version}")
    @RolesAllowed(Roles.SUBMITTER)
    public Response version(@PathParam("id") UUID id, @PathParam("version") int version,
            @QueryParam("notice") String notice) {
        return versionPage(id, version, "replied".equals(notice) ? "答复已发送给审核人员。"
                : "uploaded".equals(notice) ? "绩效目标表已上传，形成新版本并完成机审。请查看机审结果，无错误后报送审核。" : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/submissions/{id}/replies")
    @RolesAllowed(Roles.SUBMITTER)
    public Response reply(@PathParam("id") UUID id, @RestForm String noteId, @RestForm String index,
            @RestForm String text) {
        try {
            desk.submission(id);
            long note;
            int place;
            try {
                note = Long.parseLong(noteId == null ? "" : noteId.strip());
                place = Integer.parseInt(index == null ? "" : index.strip());
            } catch (NumberFormatException notANumber) {
                throw ProblemException.invalid("/noteId", "请选择要答复的审核意见");
            }
            CommentReplyEntity reply = replies.reply(id, note, place, text, desk.user());
            return ClerkDesk.seeOther("/ui/submissions/" + id + "/versions/" + reply.version + "?notice=replied#reply-"
                    + reply.noteId + "-" + reply.commentIndex);
        } catch (RuntimeException e) {
            ShownProblem problem = ShownProblem.of(e);
            SubmissionEntity submission = intake.find(id).orElse(null);
            return submission == null || problem.status() == 403 ? desk.error("无法答复", problem)
                    : versionPage(id, submission.currentVersion, null, problem);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Path("/forms")
    @RolesAllowed(Roles.SUBMITTER)
    public Response upload(@RestForm("file") FileUpload file) {
        try {
            byte[] xlsx = bytes(file);
            Response stored = receipt.receiveForm(forms.read(xlsx), null, false);
            String location = stored.getLocation().getPath();
            SubmissionEntity submission = intake.find(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                    .orElseThrow();
            return ClerkDesk.seeOther("/ui/submissions/" + submission.id + "/versions/" + submission.currentVersion
                    + "?notice=uploaded");
        } catch (RuntimeException e) {
            return pages.listPage(null, null, ShownProblem.of(e));
        }
    }

    @GET
    @Path("/forms/blank")
    @Produces({ SubmissionReceipt.XLSX, MediaType.TEXT_HTML })
    @RolesAllowed(Roles.SUBMITTER)
    public Response blankForm(@QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("departmentCode") String departmentCode, @QueryParam("departmentName") String departmentName) {
        try {
            RegionCode county = desk.county();
            if (county == null) {
                throw new ProblemException(403, "NOT_A_COUNTY", "只有县级账号可以下载空白表", "空白表的行政区划为县级财政，您的账号不是县级");
            }
            String year = fiscalYear == null ? "" : fiscalYear.strip();
            String code = departmentCode == null ? "" : departmentCode.strip();
            String name = departmentName == null ? "" : departmentName.strip();
            if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
                throw ProblemException.invalid("/fiscalYear", "预算年度应在 2000 至 2100 之间");
            }
            if (!code.matches("[A-Za-z0-9-]{1,40}")) {
                throw ProblemException.invalid("/departmentCode", "部门编码只能包含字母、数字和 -，最多 40 个字符");
            }
            if (name.length() > 200 || PlainText.Validator.firstControlCharacter(name) >= 0) {
                throw ProblemException.invalid("/departmentName", "部门名称最多 200 个字符，" + PlainText.MESSAGE);
            }
            SubmissionKey key = new SubmissionKey(Integer.parseInt(year), county.code(), code);
            return SubmissionReceipt.workbook(forms.template(key, name.isEmpty() ? null : name), key, "");
        } catch (RuntimeException e) {
            return pages.listPage(null, null, ShownProblem.of(e));
        }
    }

    @GET
    @Path("/submissions/{id}/form")
    @Produces({ SubmissionReceipt.XLSX, MediaType.TEXT_HTML })
    @RolesAllowed(Roles.SUBMITTER)
    public Response filledForm(@PathParam("id") UUID id) {
        try {
            SubmissionEntity submission = desk.submission(id);
            SubmissionKey key = new SubmissionKey(submission.fiscalYear, submission.regionCode, submission.departmentCode);
            return SubmissionReceipt.workbook(forms.template(key, submission.departmentName), key, "");
        } catch (RuntimeException e) {
            return desk.error("无法下载绩效目标表", ShownProblem.of(e));
        }
    }

    /** The version's official form with every machine finding on its cell (fill, comment, 机审意见 sheet). */
    @GET
    @Path("/submissions/{id}/versions/{number}/form")
    @Produces({ SubmissionReceipt.XLSX, MediaType.TEXT_HTML })
    @RolesAllowed(Roles.SUBMITTER)
    public Response reviewedForm(@PathParam("id") UUID id, @PathParam("number") int number) {
        try {
            desk.submission(id);
            SubmissionForms.Workbook workbook = forms.version(id, number, true);
            return SubmissionReceipt.workbook(workbook.xlsx(), workbook.key(), "_v" + number + "_机审意见");
        } catch (RuntimeException e) {
            return desk.error("无法下载带机审意见的绩效目标表", ShownProblem.of(e));
        }
    }

    private Response versionPage(UUID id, int number, String notice, ShownProblem problem) {
        SubmissionEntity submission;
        SubmissionVersionEntity version;
        try {
            submission = desk.submission(id);
            version = intake.version(id, number)
                    .orElseThrow(() -> ProblemException.notFound("申报 " + id + " 的第 " + number + " 版"));
        } catch (RuntimeException e) {
            return desk.error("无法打开申报版本", ShownProblem.of(e));
        }
        TargetDocument document = json.document(version.document);
        List<Finding> findings = json.findings(version.findings);
        List<ClerkModel.MachineFinding> shown = findings.stream().map(ClerkModel::finding).toList();
        List<ClerkModel.Comment> comments = desk.notes(id, v -> document).stream().filter(n -> n.version() == number)
                .flatMap(n -> n.comments().stream()).toList();
        List<ClerkModel.Row> departmentRows = ClerkModel.rows(document.departmentIndicators(), "/departmentIndicators/",
                "dept-", shown, comments);
        ClerkPages.VersionPage page = new ClerkPages.VersionPage(submission.departmentName + " · 第 " + number + " 版",
                desk.user(), desk.regionName(), ClerkModel.row(submission),
                ClerkModel.version(version, findings, submission.currentVersion), ClerkModel.text(document.overallGoal()),
                document.subGoals(), ClerkModel.text(document.safeguards()), departmentRows,
                shown.stream().filter(f -> ClerkModel.domIdOfRow(f.path()).isEmpty()).toList(), shown,
                comments.stream().filter(c -> ClerkModel.domIdOfRow(c.path()).isEmpty()).toList(),
                ClerkModel.projects(document, shown, comments), notice, problem);
        return Response.status(problem == null ? 200 : problem.status()).entity(page).build();
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw ProblemException.invalid("file", "请选择要上传的 Excel 绩效目标表（.xlsx）");
        }
        if (file.size() > SubmissionForms.MAX_BYTES) {
            throw SubmissionReceipt.formTooLarge();
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
