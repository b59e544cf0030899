import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"priority" numeric,
  	"path" varchar,
  	"content" varchar,
  	"tokens" varchar,
  	"title_tokens" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"treatments_id" integer,
  	"components_id" integer,
  	"references_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_id" integer;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_articles_id_idx" ON "search_rels" USING btree ("articles_id");
  CREATE INDEX "search_rels_treatments_id_idx" ON "search_rels" USING btree ("treatments_id");
  CREATE INDEX "search_rels_components_id_idx" ON "search_rels" USING btree ("components_id");
  CREATE INDEX "search_rels_references_id_idx" ON "search_rels" USING btree ("references_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");`)

  // Not in Payload's schema, so written by hand (lib/search/query.ts reads them):
  // (a) pg_trgm over the plain text, with the text's two-character sequences beside it,
  //     because a trigram index cannot find a two-character word (効果, 費用) inside a
  //     sentence; (b) a full-text vector of the analyser's tokens, title weighted above text.
  //     The 'simple' parser splits the space-separated tokens and keeps Japanese whole;
  //     the title's own vector finds title matches first when a word is everywhere.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE FUNCTION "hikaku_bigrams"(value text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT lower(substr(value, i, 2))), '{}')
    FROM generate_series(1, greatest(char_length(value) - 1, 0)) AS i
  $$;
  ALTER TABLE "search" ADD COLUMN "content_bigrams" text[]
    GENERATED ALWAYS AS ("hikaku_bigrams"(coalesce("content", ''))) STORED;
  ALTER TABLE "search" ADD COLUMN "search_vector" tsvector
    GENERATED ALWAYS AS (
      setweight(to_tsvector('simple'::regconfig, coalesce("title_tokens", '')), 'A') ||
      setweight(to_tsvector('simple'::regconfig, coalesce("tokens", '')), 'B')
    ) STORED;
  CREATE INDEX "search_content_trgm_idx" ON "search" USING gin ("content" gin_trgm_ops);
  CREATE INDEX "search_content_bigrams_idx" ON "search" USING gin ("content_bigrams");
  ALTER TABLE "search" ADD COLUMN "title_vector" tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title_tokens", ''))) STORED;
  CREATE INDEX "search_vector_idx" ON "search" USING gin ("search_vector");
  CREATE INDEX "search_title_vector_idx" ON "search" USING gin ("title_vector");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_id";
  DROP FUNCTION "hikaku_bigrams"(text);`)
}
