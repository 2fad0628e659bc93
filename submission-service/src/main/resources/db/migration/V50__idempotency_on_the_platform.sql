-- Idempotency-Key is now the platform's mechanism for every creating POST (idempotency_reservation, db/platform
-- V0_50): a reservation per caller and key with the answer given, written in the request's transaction.
-- This service's own table is no longer read or written.
drop table idempotent_request;
