-- A cache: rows kept in the earlier format are never read again (their key changed); drop them.
DELETE FROM "usage_bucket";--> statement-breakpoint
ALTER TABLE "usage_bucket" ALTER COLUMN "results" SET DATA TYPE text;
