import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_audience" AS ENUM('professional', 'general');
  CREATE TYPE "public"."enum_articles_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_audience" AS ENUM('professional', 'general');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_treatments_clinical_applications_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  CREATE TYPE "public"."enum_treatments_regulatory_coverage" AS ENUM('self-pay', 'insurance');
  CREATE TYPE "public"."enum_treatments_regulatory_approval" AS ENUM('approved', 'unapproved');
  CREATE TYPE "public"."enum_treatments_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_treatments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  CREATE TYPE "public"."enum__treatments_v_version_regulatory_coverage" AS ENUM('self-pay', 'insurance');
  CREATE TYPE "public"."enum__treatments_v_version_regulatory_approval" AS ENUM('approved', 'unapproved');
  CREATE TYPE "public"."enum__treatments_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__treatments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_components_kind" AS ENUM('growth-factor', 'cytokine', 'chemokine', 'ecm-protein', 'extracellular-vesicle', 'protein', 'nucleic-acid', 'lipid', 'metabolite', 'enzyme', 'other');
  CREATE TYPE "public"."enum_components_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_components_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__components_v_version_kind" AS ENUM('growth-factor', 'cytokine', 'chemokine', 'ecm-protein', 'extracellular-vesicle', 'protein', 'nucleic-acid', 'lipid', 'metabolite', 'enzyme', 'other');
  CREATE TYPE "public"."enum__components_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__components_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_references_kind" AS ENUM('journal-article', 'review', 'guideline', 'book', 'web-page', 'other');
  CREATE TYPE "public"."enum_references_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  CREATE TYPE "public"."enum_references_language" AS ENUM('ja', 'en', 'other');
  CREATE TYPE "public"."enum_references_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_references_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__references_v_version_kind" AS ENUM('journal-article', 'review', 'guideline', 'book', 'web-page', 'other');
  CREATE TYPE "public"."enum__references_v_version_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  CREATE TYPE "public"."enum__references_v_version_language" AS ENUM('ja', 'en', 'other');
  CREATE TYPE "public"."enum__references_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__references_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'request-changes', 'unpublish', 'delete');
  CREATE TABLE "articles_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"heading" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"lead" varchar,
  	"audience" "enum_articles_audience" DEFAULT 'general',
  	"body" jsonb,
  	"author_id" integer,
  	"reviewer_id" integer,
  	"slug" varchar,
  	"review_state" "enum_articles_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"review_interval_months" numeric DEFAULT 12,
  	"submitted_warnings" jsonb,
  	"compliance_errors" numeric,
  	"compliance_warnings" numeric,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v_version_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" varchar,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_audience" "enum__articles_v_version_audience" DEFAULT 'general',
  	"version_body" jsonb,
  	"version_author_id" integer,
  	"version_reviewer_id" integer,
  	"version_slug" varchar,
  	"version_review_state" "enum__articles_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_submitted_warnings" jsonb,
  	"version_compliance_errors" numeric,
  	"version_compliance_warnings" numeric,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "treatments_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component_id" integer,
  	"role" varchar
  );
  
  CREATE TABLE "treatments_clinical_applications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"finding" varchar,
  	"evidence_level" "enum_treatments_clinical_applications_evidence_level"
  );
  
  CREATE TABLE "treatments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"name_en" varchar,
  	"summary" varchar,
  	"definition" varchar,
  	"source_cells" varchar,
  	"size_structure" varchar,
  	"mechanism" jsonb,
  	"duration_text" varchar,
  	"duration_months_min" numeric,
  	"duration_months_max" numeric,
  	"administration" varchar,
  	"course_period" varchar,
  	"course_sessions" varchar,
  	"safety_risks" varchar,
  	"safety_side_effects" varchar,
  	"safety_contraindications" varchar,
  	"regulatory_coverage" "enum_treatments_regulatory_coverage" DEFAULT 'self-pay',
  	"regulatory_approval" "enum_treatments_regulatory_approval" DEFAULT 'unapproved',
  	"regulatory_unapproved_notice" varchar,
  	"regulatory_unapproved_how_obtained" varchar,
  	"regulatory_unapproved_domestic_equivalent" varchar,
  	"regulatory_unapproved_overseas_safety" varchar,
  	"regulatory_unapproved_relief_system" varchar,
  	"price_min_jpy" numeric,
  	"price_max_jpy" numeric,
  	"price_note" varchar,
  	"slug" varchar,
  	"review_state" "enum_treatments_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"review_interval_months" numeric DEFAULT 12,
  	"submitted_warnings" jsonb,
  	"compliance_errors" numeric,
  	"compliance_warnings" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_treatments_v_version_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component_id" integer,
  	"role" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatments_v_version_clinical_applications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"finding" varchar,
  	"evidence_level" "enum__treatments_v_version_clinical_applications_evidence_level",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_name_en" varchar,
  	"version_summary" varchar,
  	"version_definition" varchar,
  	"version_source_cells" varchar,
  	"version_size_structure" varchar,
  	"version_mechanism" jsonb,
  	"version_duration_text" varchar,
  	"version_duration_months_min" numeric,
  	"version_duration_months_max" numeric,
  	"version_administration" varchar,
  	"version_course_period" varchar,
  	"version_course_sessions" varchar,
  	"version_safety_risks" varchar,
  	"version_safety_side_effects" varchar,
  	"version_safety_contraindications" varchar,
  	"version_regulatory_coverage" "enum__treatments_v_version_regulatory_coverage" DEFAULT 'self-pay',
  	"version_regulatory_approval" "enum__treatments_v_version_regulatory_approval" DEFAULT 'unapproved',
  	"version_regulatory_unapproved_notice" varchar,
  	"version_regulatory_unapproved_how_obtained" varchar,
  	"version_regulatory_unapproved_domestic_equivalent" varchar,
  	"version_regulatory_unapproved_overseas_safety" varchar,
  	"version_regulatory_unapproved_relief_system" varchar,
  	"version_price_min_jpy" numeric,
  	"version_price_max_jpy" numeric,
  	"version_price_note" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__treatments_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_submitted_warnings" jsonb,
  	"version_compliance_errors" numeric,
  	"version_compliance_warnings" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_treatments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "components_examples" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "components" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"name_en" varchar,
  	"kind" "enum_components_kind",
  	"size_min_nm" numeric,
  	"size_max_nm" numeric,
  	"functions" varchar,
  	"slug" varchar,
  	"review_state" "enum_components_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"review_interval_months" numeric DEFAULT 12,
  	"submitted_warnings" jsonb,
  	"compliance_errors" numeric,
  	"compliance_warnings" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_components_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "components_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"components_id" integer,
  	"treatments_id" integer,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_components_v_version_examples" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_components_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_name_en" varchar,
  	"version_kind" "enum__components_v_version_kind",
  	"version_size_min_nm" numeric,
  	"version_size_max_nm" numeric,
  	"version_functions" varchar,
  	"version_slug" varchar,
  	"version_review_state" "enum__components_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_submitted_warnings" jsonb,
  	"version_compliance_errors" numeric,
  	"version_compliance_warnings" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__components_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_components_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"components_id" integer,
  	"treatments_id" integer,
  	"references_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_references_kind" DEFAULT 'journal-article',
  	"evidence_level" "enum_references_evidence_level",
  	"authors" varchar,
  	"journal" varchar,
  	"year" numeric,
  	"doi" varchar,
  	"pmid" varchar,
  	"pmcid" varchar,
  	"url" varchar,
  	"accessed_at" timestamp(3) with time zone,
  	"language" "enum_references_language" DEFAULT 'en',
  	"slug" varchar,
  	"review_state" "enum_references_review_state" DEFAULT 'draft',
  	"review_note" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"review_interval_months" numeric DEFAULT 12,
  	"submitted_warnings" jsonb,
  	"compliance_errors" numeric,
  	"compliance_warnings" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_references_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "references_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_references_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__references_v_version_kind" DEFAULT 'journal-article',
  	"version_evidence_level" "enum__references_v_version_evidence_level",
  	"version_authors" varchar,
  	"version_journal" varchar,
  	"version_year" numeric,
  	"version_doi" varchar,
  	"version_pmid" varchar,
  	"version_pmcid" varchar,
  	"version_url" varchar,
  	"version_accessed_at" timestamp(3) with time zone,
  	"version_language" "enum__references_v_version_language" DEFAULT 'en',
  	"version_slug" varchar,
  	"version_review_state" "enum__references_v_version_review_state" DEFAULT 'draft',
  	"version_review_note" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_reviewed_by_id" integer,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_interval_months" numeric DEFAULT 12,
  	"version_submitted_warnings" jsonb,
  	"version_compliance_errors" numeric,
  	"version_compliance_warnings" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__references_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_references_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"version_id" varchar,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"note" varchar,
  	"acknowledged_warnings" jsonb,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_name" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_url" varchar,
  	"contact_address" varchar,
  	"contact_hours" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "treatments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "components_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "references_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "articles_key_points" ADD CONSTRAINT "articles_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_key_points" ADD CONSTRAINT "_articles_v_version_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewer_id_users_id_fk" FOREIGN KEY ("version_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_components" ADD CONSTRAINT "treatments_components_component_id_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."components"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_components" ADD CONSTRAINT "treatments_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_clinical_applications" ADD CONSTRAINT "treatments_clinical_applications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_components" ADD CONSTRAINT "_treatments_v_version_components_component_id_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."components"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_components" ADD CONSTRAINT "_treatments_v_version_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_clinical_applications" ADD CONSTRAINT "_treatments_v_version_clinical_applications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_parent_id_treatments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_examples" ADD CONSTRAINT "components_examples_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components" ADD CONSTRAINT "components_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "components" ADD CONSTRAINT "components_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "components_rels" ADD CONSTRAINT "components_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_version_examples" ADD CONSTRAINT "_components_v_version_examples_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v" ADD CONSTRAINT "_components_v_parent_id_components_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."components"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_components_v" ADD CONSTRAINT "_components_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_components_v" ADD CONSTRAINT "_components_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_components_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_components_v_rels" ADD CONSTRAINT "_components_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references" ADD CONSTRAINT "references_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "references_rels" ADD CONSTRAINT "references_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "references_rels" ADD CONSTRAINT "references_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_parent_id_references_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."references"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v_rels" ADD CONSTRAINT "_references_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_references_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_references_v_rels" ADD CONSTRAINT "_references_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_key_points_order_idx" ON "articles_key_points" USING btree ("_order");
  CREATE INDEX "articles_key_points_parent_id_idx" ON "articles_key_points" USING btree ("_parent_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_reviewer_idx" ON "articles" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_review_state_idx" ON "articles" USING btree ("review_state");
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "articles_reviewed_by_idx" ON "articles" USING btree ("reviewed_by_id");
  CREATE INDEX "articles_last_reviewed_at_idx" ON "articles" USING btree ("last_reviewed_at");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_treatments_id_idx" ON "articles_rels" USING btree ("treatments_id");
  CREATE INDEX "articles_rels_references_id_idx" ON "articles_rels" USING btree ("references_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_key_points_order_idx" ON "_articles_v_version_key_points" USING btree ("_order");
  CREATE INDEX "_articles_v_version_key_points_parent_id_idx" ON "_articles_v_version_key_points" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_reviewer_idx" ON "_articles_v" USING btree ("version_reviewer_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_review_state_idx" ON "_articles_v" USING btree ("version_review_state");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_articles_v_version_version_reviewed_by_idx" ON "_articles_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_articles_v_version_version_last_reviewed_at_idx" ON "_articles_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_treatments_id_idx" ON "_articles_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_articles_v_rels_references_id_idx" ON "_articles_v_rels" USING btree ("references_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "treatments_components_order_idx" ON "treatments_components" USING btree ("_order");
  CREATE INDEX "treatments_components_parent_id_idx" ON "treatments_components" USING btree ("_parent_id");
  CREATE INDEX "treatments_components_component_idx" ON "treatments_components" USING btree ("component_id");
  CREATE INDEX "treatments_clinical_applications_order_idx" ON "treatments_clinical_applications" USING btree ("_order");
  CREATE INDEX "treatments_clinical_applications_parent_id_idx" ON "treatments_clinical_applications" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "treatments_slug_idx" ON "treatments" USING btree ("slug");
  CREATE INDEX "treatments_review_state_idx" ON "treatments" USING btree ("review_state");
  CREATE INDEX "treatments_submitted_by_idx" ON "treatments" USING btree ("submitted_by_id");
  CREATE INDEX "treatments_reviewed_by_idx" ON "treatments" USING btree ("reviewed_by_id");
  CREATE INDEX "treatments_last_reviewed_at_idx" ON "treatments" USING btree ("last_reviewed_at");
  CREATE INDEX "treatments_updated_at_idx" ON "treatments" USING btree ("updated_at");
  CREATE INDEX "treatments_created_at_idx" ON "treatments" USING btree ("created_at");
  CREATE INDEX "treatments__status_idx" ON "treatments" USING btree ("_status");
  CREATE INDEX "treatments_rels_order_idx" ON "treatments_rels" USING btree ("order");
  CREATE INDEX "treatments_rels_parent_idx" ON "treatments_rels" USING btree ("parent_id");
  CREATE INDEX "treatments_rels_path_idx" ON "treatments_rels" USING btree ("path");
  CREATE INDEX "treatments_rels_references_id_idx" ON "treatments_rels" USING btree ("references_id");
  CREATE INDEX "treatments_rels_users_id_idx" ON "treatments_rels" USING btree ("users_id");
  CREATE INDEX "_treatments_v_version_components_order_idx" ON "_treatments_v_version_components" USING btree ("_order");
  CREATE INDEX "_treatments_v_version_components_parent_id_idx" ON "_treatments_v_version_components" USING btree ("_parent_id");
  CREATE INDEX "_treatments_v_version_components_component_idx" ON "_treatments_v_version_components" USING btree ("component_id");
  CREATE INDEX "_treatments_v_version_clinical_applications_order_idx" ON "_treatments_v_version_clinical_applications" USING btree ("_order");
  CREATE INDEX "_treatments_v_version_clinical_applications_parent_id_idx" ON "_treatments_v_version_clinical_applications" USING btree ("_parent_id");
  CREATE INDEX "_treatments_v_parent_idx" ON "_treatments_v" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_version_slug_idx" ON "_treatments_v" USING btree ("version_slug");
  CREATE INDEX "_treatments_v_version_version_review_state_idx" ON "_treatments_v" USING btree ("version_review_state");
  CREATE INDEX "_treatments_v_version_version_submitted_by_idx" ON "_treatments_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_treatments_v_version_version_reviewed_by_idx" ON "_treatments_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_treatments_v_version_version_last_reviewed_at_idx" ON "_treatments_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_treatments_v_version_version_updated_at_idx" ON "_treatments_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatments_v_version_version_created_at_idx" ON "_treatments_v" USING btree ("version_created_at");
  CREATE INDEX "_treatments_v_version_version__status_idx" ON "_treatments_v" USING btree ("version__status");
  CREATE INDEX "_treatments_v_created_at_idx" ON "_treatments_v" USING btree ("created_at");
  CREATE INDEX "_treatments_v_updated_at_idx" ON "_treatments_v" USING btree ("updated_at");
  CREATE INDEX "_treatments_v_latest_idx" ON "_treatments_v" USING btree ("latest");
  CREATE INDEX "_treatments_v_rels_order_idx" ON "_treatments_v_rels" USING btree ("order");
  CREATE INDEX "_treatments_v_rels_parent_idx" ON "_treatments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_rels_path_idx" ON "_treatments_v_rels" USING btree ("path");
  CREATE INDEX "_treatments_v_rels_references_id_idx" ON "_treatments_v_rels" USING btree ("references_id");
  CREATE INDEX "_treatments_v_rels_users_id_idx" ON "_treatments_v_rels" USING btree ("users_id");
  CREATE INDEX "components_examples_order_idx" ON "components_examples" USING btree ("_order");
  CREATE INDEX "components_examples_parent_id_idx" ON "components_examples" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "components_slug_idx" ON "components" USING btree ("slug");
  CREATE INDEX "components_review_state_idx" ON "components" USING btree ("review_state");
  CREATE INDEX "components_submitted_by_idx" ON "components" USING btree ("submitted_by_id");
  CREATE INDEX "components_reviewed_by_idx" ON "components" USING btree ("reviewed_by_id");
  CREATE INDEX "components_last_reviewed_at_idx" ON "components" USING btree ("last_reviewed_at");
  CREATE INDEX "components_updated_at_idx" ON "components" USING btree ("updated_at");
  CREATE INDEX "components_created_at_idx" ON "components" USING btree ("created_at");
  CREATE INDEX "components__status_idx" ON "components" USING btree ("_status");
  CREATE INDEX "components_rels_order_idx" ON "components_rels" USING btree ("order");
  CREATE INDEX "components_rels_parent_idx" ON "components_rels" USING btree ("parent_id");
  CREATE INDEX "components_rels_path_idx" ON "components_rels" USING btree ("path");
  CREATE INDEX "components_rels_components_id_idx" ON "components_rels" USING btree ("components_id");
  CREATE INDEX "components_rels_treatments_id_idx" ON "components_rels" USING btree ("treatments_id");
  CREATE INDEX "components_rels_references_id_idx" ON "components_rels" USING btree ("references_id");
  CREATE INDEX "components_rels_users_id_idx" ON "components_rels" USING btree ("users_id");
  CREATE INDEX "_components_v_version_examples_order_idx" ON "_components_v_version_examples" USING btree ("_order");
  CREATE INDEX "_components_v_version_examples_parent_id_idx" ON "_components_v_version_examples" USING btree ("_parent_id");
  CREATE INDEX "_components_v_parent_idx" ON "_components_v" USING btree ("parent_id");
  CREATE INDEX "_components_v_version_version_slug_idx" ON "_components_v" USING btree ("version_slug");
  CREATE INDEX "_components_v_version_version_review_state_idx" ON "_components_v" USING btree ("version_review_state");
  CREATE INDEX "_components_v_version_version_submitted_by_idx" ON "_components_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_components_v_version_version_reviewed_by_idx" ON "_components_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_components_v_version_version_last_reviewed_at_idx" ON "_components_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_components_v_version_version_updated_at_idx" ON "_components_v" USING btree ("version_updated_at");
  CREATE INDEX "_components_v_version_version_created_at_idx" ON "_components_v" USING btree ("version_created_at");
  CREATE INDEX "_components_v_version_version__status_idx" ON "_components_v" USING btree ("version__status");
  CREATE INDEX "_components_v_created_at_idx" ON "_components_v" USING btree ("created_at");
  CREATE INDEX "_components_v_updated_at_idx" ON "_components_v" USING btree ("updated_at");
  CREATE INDEX "_components_v_latest_idx" ON "_components_v" USING btree ("latest");
  CREATE INDEX "_components_v_rels_order_idx" ON "_components_v_rels" USING btree ("order");
  CREATE INDEX "_components_v_rels_parent_idx" ON "_components_v_rels" USING btree ("parent_id");
  CREATE INDEX "_components_v_rels_path_idx" ON "_components_v_rels" USING btree ("path");
  CREATE INDEX "_components_v_rels_components_id_idx" ON "_components_v_rels" USING btree ("components_id");
  CREATE INDEX "_components_v_rels_treatments_id_idx" ON "_components_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_components_v_rels_references_id_idx" ON "_components_v_rels" USING btree ("references_id");
  CREATE INDEX "_components_v_rels_users_id_idx" ON "_components_v_rels" USING btree ("users_id");
  CREATE INDEX "references_doi_idx" ON "references" USING btree ("doi");
  CREATE INDEX "references_pmid_idx" ON "references" USING btree ("pmid");
  CREATE INDEX "references_pmcid_idx" ON "references" USING btree ("pmcid");
  CREATE INDEX "references_url_idx" ON "references" USING btree ("url");
  CREATE UNIQUE INDEX "references_slug_idx" ON "references" USING btree ("slug");
  CREATE INDEX "references_review_state_idx" ON "references" USING btree ("review_state");
  CREATE INDEX "references_submitted_by_idx" ON "references" USING btree ("submitted_by_id");
  CREATE INDEX "references_reviewed_by_idx" ON "references" USING btree ("reviewed_by_id");
  CREATE INDEX "references_last_reviewed_at_idx" ON "references" USING btree ("last_reviewed_at");
  CREATE INDEX "references_updated_at_idx" ON "references" USING btree ("updated_at");
  CREATE INDEX "references_created_at_idx" ON "references" USING btree ("created_at");
  CREATE INDEX "references__status_idx" ON "references" USING btree ("_status");
  CREATE INDEX "references_rels_order_idx" ON "references_rels" USING btree ("order");
  CREATE INDEX "references_rels_parent_idx" ON "references_rels" USING btree ("parent_id");
  CREATE INDEX "references_rels_path_idx" ON "references_rels" USING btree ("path");
  CREATE INDEX "references_rels_users_id_idx" ON "references_rels" USING btree ("users_id");
  CREATE INDEX "_references_v_parent_idx" ON "_references_v" USING btree ("parent_id");
  CREATE INDEX "_references_v_version_version_doi_idx" ON "_references_v" USING btree ("version_doi");
  CREATE INDEX "_references_v_version_version_pmid_idx" ON "_references_v" USING btree ("version_pmid");
  CREATE INDEX "_references_v_version_version_pmcid_idx" ON "_references_v" USING btree ("version_pmcid");
  CREATE INDEX "_references_v_version_version_url_idx" ON "_references_v" USING btree ("version_url");
  CREATE INDEX "_references_v_version_version_slug_idx" ON "_references_v" USING btree ("version_slug");
  CREATE INDEX "_references_v_version_version_review_state_idx" ON "_references_v" USING btree ("version_review_state");
  CREATE INDEX "_references_v_version_version_submitted_by_idx" ON "_references_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_references_v_version_version_reviewed_by_idx" ON "_references_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_references_v_version_version_last_reviewed_at_idx" ON "_references_v" USING btree ("version_last_reviewed_at");
  CREATE INDEX "_references_v_version_version_updated_at_idx" ON "_references_v" USING btree ("version_updated_at");
  CREATE INDEX "_references_v_version_version_created_at_idx" ON "_references_v" USING btree ("version_created_at");
  CREATE INDEX "_references_v_version_version__status_idx" ON "_references_v" USING btree ("version__status");
  CREATE INDEX "_references_v_created_at_idx" ON "_references_v" USING btree ("created_at");
  CREATE INDEX "_references_v_updated_at_idx" ON "_references_v" USING btree ("updated_at");
  CREATE INDEX "_references_v_latest_idx" ON "_references_v" USING btree ("latest");
  CREATE INDEX "_references_v_rels_order_idx" ON "_references_v_rels" USING btree ("order");
  CREATE INDEX "_references_v_rels_parent_idx" ON "_references_v_rels" USING btree ("parent_id");
  CREATE INDEX "_references_v_rels_path_idx" ON "_references_v_rels" USING btree ("path");
  CREATE INDEX "_references_v_rels_users_id_idx" ON "_references_v_rels" USING btree ("users_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_components_fk" FOREIGN KEY ("components_id") REFERENCES "public"."components"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_references_fk" FOREIGN KEY ("references_id") REFERENCES "public"."references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_treatments_id_idx" ON "payload_locked_documents_rels" USING btree ("treatments_id");
  CREATE INDEX "payload_locked_documents_rels_components_id_idx" ON "payload_locked_documents_rels" USING btree ("components_id");
  CREATE INDEX "payload_locked_documents_rels_references_id_idx" ON "payload_locked_documents_rels" USING btree ("references_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_key_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_key_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatments_components" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatments_clinical_applications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "treatments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatments_v_version_components" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatments_v_version_clinical_applications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_treatments_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "components_examples" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "components" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "components_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_components_v_version_examples" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_components_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_components_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "references" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "references_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_references_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_references_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_key_points" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_key_points" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "treatments_components" CASCADE;
  DROP TABLE "treatments_clinical_applications" CASCADE;
  DROP TABLE "treatments" CASCADE;
  DROP TABLE "treatments_rels" CASCADE;
  DROP TABLE "_treatments_v_version_components" CASCADE;
  DROP TABLE "_treatments_v_version_clinical_applications" CASCADE;
  DROP TABLE "_treatments_v" CASCADE;
  DROP TABLE "_treatments_v_rels" CASCADE;
  DROP TABLE "components_examples" CASCADE;
  DROP TABLE "components" CASCADE;
  DROP TABLE "components_rels" CASCADE;
  DROP TABLE "_components_v_version_examples" CASCADE;
  DROP TABLE "_components_v" CASCADE;
  DROP TABLE "_components_v_rels" CASCADE;
  DROP TABLE "references" CASCADE;
  DROP TABLE "references_rels" CASCADE;
  DROP TABLE "_references_v" CASCADE;
  DROP TABLE "_references_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_treatments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_components_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_references_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_treatments_id_idx";
  DROP INDEX "payload_locked_documents_rels_components_id_idx";
  DROP INDEX "payload_locked_documents_rels_references_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "treatments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "components_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "references_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_articles_audience";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_audience";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_treatments_clinical_applications_evidence_level";
  DROP TYPE "public"."enum_treatments_regulatory_coverage";
  DROP TYPE "public"."enum_treatments_regulatory_approval";
  DROP TYPE "public"."enum_treatments_review_state";
  DROP TYPE "public"."enum_treatments_status";
  DROP TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level";
  DROP TYPE "public"."enum__treatments_v_version_regulatory_coverage";
  DROP TYPE "public"."enum__treatments_v_version_regulatory_approval";
  DROP TYPE "public"."enum__treatments_v_version_review_state";
  DROP TYPE "public"."enum__treatments_v_version_status";
  DROP TYPE "public"."enum_components_kind";
  DROP TYPE "public"."enum_components_review_state";
  DROP TYPE "public"."enum_components_status";
  DROP TYPE "public"."enum__components_v_version_kind";
  DROP TYPE "public"."enum__components_v_version_review_state";
  DROP TYPE "public"."enum__components_v_version_status";
  DROP TYPE "public"."enum_references_kind";
  DROP TYPE "public"."enum_references_evidence_level";
  DROP TYPE "public"."enum_references_language";
  DROP TYPE "public"."enum_references_review_state";
  DROP TYPE "public"."enum_references_status";
  DROP TYPE "public"."enum__references_v_version_kind";
  DROP TYPE "public"."enum__references_v_version_evidence_level";
  DROP TYPE "public"."enum__references_v_version_language";
  DROP TYPE "public"."enum__references_v_version_review_state";
  DROP TYPE "public"."enum__references_v_version_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
