-- A county's reply to a reviewer's comment, from budget.submission.comment-replied.v1 (submission-service owns the
-- reply; this is the reviewers' copy, shown under the comment on the case page). id is the reply's own id, so the
-- same reply is kept once however often its event arrives. comment_id is the comment the reply answers, found by
-- the stage, JSON pointer and text the county quoted; null when no such comment is on the case (kept, shown at the
-- quoted place).
create table comment_reply (
    id            uuid          primary key,
    case_id       uuid          not null references review_case (id),
    comment_id    uuid          references review_comment (id),
    stage         varchar(40),
    path          varchar(300)  not null,
    comment_text  text          not null,
    text          varchar(2000) not null,
    replied_by    varchar(100)  not null,
    replied_at    timestamptz   not null,
    event_id      varchar(200)  not null unique
);
create index comment_reply_case on comment_reply (case_id, replied_at);
