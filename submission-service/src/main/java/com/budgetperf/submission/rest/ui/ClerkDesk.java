package com.budgetperf.submission.rest.ui;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.platform.web.ShownProblem;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.messaging.in.ReviewDecisionData;
import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.service.CommentReplies;
import com.budgetperf.submission.service.ReviewOutcomes;
import com.budgetperf.submission.service.SubmissionIntake;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The clerk at the desk: who is signed in, the name of their region, and the submissions of that region only (another
 * region's submission is refused with 403, an unknown one with 404, before any page is made).
 */
@RequestScoped
class ClerkDesk {

    private final SecurityIdentity identity;
    private final CallerRegion callerRegion;
    private final SubmissionIntake intake;
    private final ReviewOutcomes outcomes;
    private final CommentReplies replies;

    ClerkDesk(SecurityIdentity identity, CallerRegion callerRegion, SubmissionIntake intake, ReviewOutcomes outcomes,
            CommentReplies replies) {
        this.identity = identity;
        this.callerRegion = callerRegion;
        this.intake = intake;
        this.outcomes = outcomes;
        this.replies = replies;
    }

    String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The clerk's region by name (满城区), empty without a region claim. */
    String regionName() {
        return callerRegion.region().map(RegionCode::label).orElse("");
    }

    /** The clerk's county, or null when the token names a city, the province or nothing. */
    RegionCode county() {
        return callerRegion.region().filter(region -> region.level() == RegionLevel.COUNTY).orElse(null);
    }

    String regionPrefix() {
        return callerRegion.prefix();
    }

    /** A submission of the clerk's region. */
    SubmissionEntity submission(UUID id) {
        SubmissionEntity submission = intake.find(id).orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        return submission;
    }

    /** The submission's review notes with their comments and the county's replies, located in each version's document. */
    List<ClerkModel.Note> notes(UUID id, IntFunction<TargetDocument> documentOfVersion) {
        List<ReviewNoteEntity> notes = outcomes.notes(id);
        Map<Long, List<ReviewDecisionData.Comment>> comments = new HashMap<>();
        for (ReviewNoteEntity note : notes) {
            comments.put(note.id, replies.comments(note));
        }
        return ClerkModel.notes(notes, comments, replies.of(id), documentOfVersion);
    }

    /** A page that could not be shown, answered with the problem's status. */
    Response error(String title, ShownProblem problem) {
        return Response.status(problem.status())
                .entity(new ClerkPages.ErrorPage(title, user(), regionName(), problem)).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
