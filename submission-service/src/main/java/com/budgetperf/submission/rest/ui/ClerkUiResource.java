package com.budgetperf.submission.rest.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.budgetperf.platform.security.Roles;
import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.service.SubmissionIntake;

import io.quarkus.security.ForbiddenException;

/**
 * The county clerks' pages (departments without an integrated finance system): server-rendered pages (Qute) over the
 * same services as the REST API. A clerk signs in through Keycloak (authorization-code flow of the {@code ui} OIDC
 * tenant; a bearer token works too), sees the submissions of their own region only, and acts with form posts that
 * carry the CSRF token. Refusals (403, 404, 409, 422) are shown in the page in Chinese.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class ClerkUiResource {

    static final int PAGE_SIZE = 200;

    private final SubmissionIntake intake;
    private final DocumentJson json;
    private final ClerkDesk desk;

    public ClerkUiResource(SubmissionIntake intake, DocumentJson json, ClerkDesk desk) {
        this.intake = intake;
        this.json = json;
        this.desk = desk;
    }

    @GET
    @Path("/submissions")
    @RolesAllowed(Roles.SUBMITTER)
    public Response submissions(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("notice") String notice) {
        return listPage(fiscalYear, notice, null);
    }

    /** The list page, with {@code problem} (a refused upload) shown above it and answered with its status. */
    Response listPage(String fiscalYear, String notice, ShownProblem problem) {
        List<ClerkModel.SubmissionRow> rows = new ArrayList<>();
        ShownProblem shown = problem;
        String year = fiscalYear == null ? "" : fiscalYear.strip();
        try {
            Integer wanted = year.isEmpty() ? null : Integer.valueOf(year);
            if (wanted != null && (wanted < 2000 || wanted > 2100)) {
                throw new IllegalArgumentException("预算年度应在 2000 至 2100 之间");
            }
            intake.list(desk.regionPrefix(), wanted, 0, PAGE_SIZE).forEach(s -> rows.add(ClerkModel.row(s)));
        } catch (NumberFormatException notANumber) {
            shown = shown != null ? shown : ShownProblem.invalid("预算年度应为四位数字，如 2025");
        } catch (RuntimeException e) {
            shown = shown != null ? shown : ShownProblem.of(e);
        }
        ClerkPages.Submissions page = new ClerkPages.Submissions(desk.regionName() + " · 部门绩效目标申报", desk.user(),
                desk.regionName(), rows, year.matches("\\d{4}") ? year : "",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1, desk.county() != null, notice(notice), shown);
        return Response.status(shown == null ? 200 : shown.status()).entity(page).build();
    }

    @GET
    @Path("/submissions/{id}")
    @RolesAllowed(Roles.SUBMITTER)
    public Response submission(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return submissionPage(id, notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/submissions/{id}/submit")
    @RolesAllowed(Roles.SUBMITTER)
    public Response submit(@PathParam("id") UUID id) {
        try {
            desk.submission(id);
            intake.submit(id, desk.user(), null);
            return ClerkDesk.seeOther("/ui/submissions/" + id + "?notice=submitted");
        } catch (RuntimeException e) {
            ShownProblem problem = ShownProblem.of(e);
            return submissionPage(id, null, problem);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/submissions/{id}/withdraw")
    @RolesAllowed(Roles.SUBMITTER)
    public Response withdraw(@PathParam("id") UUID id) {
        try {
            desk.submission(id);
            intake.withdraw(id, desk.user(), null);
            return ClerkDesk.seeOther("/ui/submissions/" + id + "?notice=withdrawn");
        } catch (RuntimeException e) {
            return submissionPage(id, null, ShownProblem.of(e));
        }
    }

    private Response submissionPage(UUID id, String notice, ShownProblem problem) {
        SubmissionEntity submission;
        try {
            submission = desk.submission(id);
        } catch (RuntimeException e) {
            return error("无法打开申报", ShownProblem.of(e));
        }
        List<SubmissionVersionEntity> versions = intake.versions(id);
        List<ClerkModel.VersionRow> versionRows = versions.stream()
                .map(v -> ClerkModel.version(v, json.findings(v.findings), submission.currentVersion)).toList();
        Map<Integer, TargetDocument> documents = new HashMap<>();
        List<ClerkModel.Note> notes = desk.notes(id, version -> documents.computeIfAbsent(version, v -> versions.stream()
                .filter(stored -> stored.version == v).findFirst().map(stored -> json.document(stored.document))
                .orElse(new TargetDocument(null, null, null, null, null))));
        ClerkPages.SubmissionPage page = new ClerkPages.SubmissionPage(
                submission.departmentName + " · " + submission.fiscalYear + " 年度", desk.user(), desk.regionName(),
                ClerkModel.row(submission), versionRows, notes, submission.status.maySubmit(),
                submission.status.mayWithdraw(), submission.status.acceptsNewVersion(), notice(notice), problem);
        return Response.status(problem == null ? 200 : problem.status()).entity(page).build();
    }

    private Response error(String title, ShownProblem problem) {
        return desk.error(title, problem);
    }

    private static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "submitted" -> "已报送审核。审核结果和意见会显示在本页。";
            case "withdrawn" -> "已撤回。该申报不再计入报表；上传新的绩效目标表即可重新报送。";
            case "uploaded" -> "绩效目标表已上传，形成新版本并完成机审。请查看机审结果，无错误后报送审核。";
            case "replied" -> "答复已发送给审核人员。";
            default -> null;
        };
    }

    /** A signed-in person without the submitter role: a Chinese page, not the API's problem JSON. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(new ClerkPages.ErrorPage("没有权限", desk.user(), desk.regionName(), ShownProblem.of(e))).build();
    }
}
