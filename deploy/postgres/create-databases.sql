-- One database per service (docs/architecture.md §2: no service reads another's tables), each with its own owner.
create role catalog login password 'catalog';
create role submission login password 'submission';
create role review login password 'review';
create role report login password 'report';
create database catalog owner catalog;
create database submission owner submission;
create database review owner review;
create database report owner report;
