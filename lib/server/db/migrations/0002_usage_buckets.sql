CREATE TABLE "usage_bucket" (
	"endpoint" text NOT NULL,
	"width" text NOT NULL,
	"query_key" text NOT NULL,
	"bucket_start" bigint NOT NULL,
	"bucket_end" bigint NOT NULL,
	"results" jsonb NOT NULL,
	"fetched_at" bigint NOT NULL,
	"final" boolean NOT NULL,
	CONSTRAINT "usage_bucket_endpoint_width_query_key_bucket_start_pk" PRIMARY KEY("endpoint","width","query_key","bucket_start")
);
