import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'unpublishScheduled');
  ALTER TYPE "public"."enum_articles_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum__articles_v_version_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum_treatments_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum__treatments_v_version_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum_components_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum__components_v_version_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum_references_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum__references_v_version_review_state" ADD VALUE 'scheduled' BEFORE 'approved';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'schedule' BEFORE 'delete';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'scheduled-publish' BEFORE 'delete';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'scheduled-unpublish' BEFORE 'delete';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'schedule-cancel' BEFORE 'delete';
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "treatments" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "treatments" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "treatments" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "components" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "components" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "components" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "_components_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_components_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_components_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "references" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "references" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "references" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "_references_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_references_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_references_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "components" ADD CONSTRAINT "components_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_components_v" ADD CONSTRAINT "_components_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_scheduled_by_idx" ON "articles" USING btree ("scheduled_by_id");
  CREATE INDEX "_articles_v_version_version_scheduled_by_idx" ON "_articles_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "treatments_scheduled_by_idx" ON "treatments" USING btree ("scheduled_by_id");
  CREATE INDEX "_treatments_v_version_version_scheduled_by_idx" ON "_treatments_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "components_scheduled_by_idx" ON "components" USING btree ("scheduled_by_id");
  CREATE INDEX "_components_v_version_version_scheduled_by_idx" ON "_components_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "references_scheduled_by_idx" ON "references" USING btree ("scheduled_by_id");
  CREATE INDEX "_references_v_version_version_scheduled_by_idx" ON "_references_v" USING btree ("version_scheduled_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "treatments" DROP CONSTRAINT "treatments_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_treatments_v" DROP CONSTRAINT "_treatments_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "components" DROP CONSTRAINT "components_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_components_v" DROP CONSTRAINT "_components_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "references" DROP CONSTRAINT "references_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_references_v" DROP CONSTRAINT "_references_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "articles" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "articles" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_articles_review_state";
  CREATE TYPE "public"."enum_articles_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "articles" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_articles_review_state";
  ALTER TABLE "articles" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_articles_review_state" USING "review_state"::"public"."enum_articles_review_state";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_articles_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__articles_v_version_review_state";
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_articles_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__articles_v_version_review_state";
  ALTER TABLE "_articles_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__articles_v_version_review_state" USING "version_review_state"::"public"."enum__articles_v_version_review_state";
  ALTER TABLE "treatments" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "treatments" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_treatments_review_state";
  CREATE TYPE "public"."enum_treatments_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "treatments" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_treatments_review_state";
  ALTER TABLE "treatments" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_treatments_review_state" USING "review_state"::"public"."enum_treatments_review_state";
  ALTER TABLE "_treatments_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_treatments_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__treatments_v_version_review_state";
  CREATE TYPE "public"."enum__treatments_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_treatments_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__treatments_v_version_review_state";
  ALTER TABLE "_treatments_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__treatments_v_version_review_state" USING "version_review_state"::"public"."enum__treatments_v_version_review_state";
  ALTER TABLE "components" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "components" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_components_review_state";
  CREATE TYPE "public"."enum_components_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "components" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_components_review_state";
  ALTER TABLE "components" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_components_review_state" USING "review_state"::"public"."enum_components_review_state";
  ALTER TABLE "_components_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_components_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__components_v_version_review_state";
  CREATE TYPE "public"."enum__components_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_components_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__components_v_version_review_state";
  ALTER TABLE "_components_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__components_v_version_review_state" USING "version_review_state"::"public"."enum__components_v_version_review_state";
  ALTER TABLE "references" ALTER COLUMN "review_state" SET DATA TYPE text;
  ALTER TABLE "references" ALTER COLUMN "review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum_references_review_state";
  CREATE TYPE "public"."enum_references_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "references" ALTER COLUMN "review_state" SET DEFAULT 'draft'::"public"."enum_references_review_state";
  ALTER TABLE "references" ALTER COLUMN "review_state" SET DATA TYPE "public"."enum_references_review_state" USING "review_state"::"public"."enum_references_review_state";
  ALTER TABLE "_references_v" ALTER COLUMN "version_review_state" SET DATA TYPE text;
  ALTER TABLE "_references_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::text;
  DROP TYPE "public"."enum__references_v_version_review_state";
  CREATE TYPE "public"."enum__references_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "_references_v" ALTER COLUMN "version_review_state" SET DEFAULT 'draft'::"public"."enum__references_v_version_review_state";
  ALTER TABLE "_references_v" ALTER COLUMN "version_review_state" SET DATA TYPE "public"."enum__references_v_version_review_state" USING "version_review_state"::"public"."enum__references_v_version_review_state";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'request-changes', 'unpublish', 'delete', 'two-factor-reset', 'sessions-revoke');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "articles_scheduled_by_idx";
  DROP INDEX "_articles_v_version_version_scheduled_by_idx";
  DROP INDEX "treatments_scheduled_by_idx";
  DROP INDEX "_treatments_v_version_version_scheduled_by_idx";
  DROP INDEX "components_scheduled_by_idx";
  DROP INDEX "_components_v_version_version_scheduled_by_idx";
  DROP INDEX "references_scheduled_by_idx";
  DROP INDEX "_references_v_version_version_scheduled_by_idx";
  ALTER TABLE "articles" DROP COLUMN "publish_at";
  ALTER TABLE "articles" DROP COLUMN "unpublish_at";
  ALTER TABLE "articles" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "treatments" DROP COLUMN "publish_at";
  ALTER TABLE "treatments" DROP COLUMN "unpublish_at";
  ALTER TABLE "treatments" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "components" DROP COLUMN "publish_at";
  ALTER TABLE "components" DROP COLUMN "unpublish_at";
  ALTER TABLE "components" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "_components_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_components_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_components_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "references" DROP COLUMN "publish_at";
  ALTER TABLE "references" DROP COLUMN "unpublish_at";
  ALTER TABLE "references" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "_references_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_references_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_references_v" DROP COLUMN "version_scheduled_by_id";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
