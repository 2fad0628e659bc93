#!/bin/sh
# One database per service (no service reads another's tables), each with its own owner; passwords come from the
# environment (docker-compose passes them from the operator's .env or shell, with no default). review-service also
# gets review_app, the role it runs as: it may only insert into and read the audit log, which the owner `review`
# keeps (its migration grants the rest). Run by the postgres image on the first start of an empty volume.
set -eu
: "${CATALOG_DB_PASSWORD:?}" "${SUBMISSION_DB_PASSWORD:?}" "${REVIEW_DB_PASSWORD:?}" "${REVIEW_APP_DB_PASSWORD:?}" "${REPORT_DB_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v catalog="$CATALOG_DB_PASSWORD" -v submission="$SUBMISSION_DB_PASSWORD" -v review="$REVIEW_DB_PASSWORD" \
  -v review_app="$REVIEW_APP_DB_PASSWORD" -v report="$REPORT_DB_PASSWORD" <<'SQL'
create role catalog login password :'catalog';
create role submission login password :'submission';
create role review login password :'review';
create role review_app login password :'review_app';
create role report login password :'report';
create database catalog owner catalog;
create database submission owner submission;
create database review owner review;
create database report owner report;
SQL
