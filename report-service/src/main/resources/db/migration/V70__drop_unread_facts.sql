-- Tables the projection wrote and no report, export or chart ever read: the review cases as opened (the review
-- status of a submission lives in review_state / fact_submission) and the published framework versions (no
-- report groups by framework). report-service no longer consumes budget.catalog.
drop table fact_review_case;
drop table dim_framework;
delete from projection_position where topic = 'budget.catalog';
