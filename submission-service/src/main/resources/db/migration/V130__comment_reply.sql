-- A county clerk's reply to one reviewer's comment (the clerks' pages, /ui). Comments belong to review-service and
-- reach this service inside review notes (review_note.comments, a JSON list); a reply names the note and the
-- comment's place in that list, keeps the comment it answers as it read it, and travels to review-service as
-- budget.submission.comment-replied.v1 (outbox, same transaction).
create table comment_reply (
    id              uuid          primary key,
    submission_id   uuid          not null references submission (id),
    note_id         bigint        not null references review_note (id),
    comment_index   integer       not null,
    version         integer       not null,
    stage           varchar(60),
    path            varchar(300)  not null,
    comment_text    text          not null,
    text            varchar(2000) not null,
    replied_by      varchar(100)  not null,
    replied_at      timestamptz   not null
);
create index comment_reply_submission on comment_reply (submission_id, replied_at);
