-- A verdict per project (项目审核结论), besides the per-case grade: one per case, stage and project of the submitted
-- document (project_index = position in document.projects). Re-posting at the same stage replaces the row.
-- PASS 通过, REVISE 需修改, REJECT 不予安排; REVISE and REJECT go into the returned / rejected event's comments.
create table project_verdict (
    case_id        uuid          not null references review_case (id),
    stage          varchar(40)   not null,
    project_index  integer       not null check (project_index >= 0),
    project_code   varchar(100),
    verdict        varchar(20)   not null check (verdict in ('PASS', 'REVISE', 'REJECT')),
    note           text,
    decided_by     varchar(100)  not null,
    decided_at     timestamptz   not null,
    primary key (case_id, stage, project_index)
);
