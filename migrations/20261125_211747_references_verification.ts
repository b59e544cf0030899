import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_references_verification_status" AS ENUM('unverified', 'verified');
  CREATE TYPE "public"."enum_references_verification_source" AS ENUM('crossref', 'pubmed', 'pmc', 'europepmc', 'publisher', 'other');
  CREATE TYPE "public"."enum__references_v_version_verification_status" AS ENUM('unverified', 'verified');
  CREATE TYPE "public"."enum__references_v_version_verification_source" AS ENUM('crossref', 'pubmed', 'pmc', 'europepmc', 'publisher', 'other');
  ALTER TYPE "public"."enum_treatments_clinical_applications_evidence_level" ADD VALUE 'official' BEFORE 'expert-opinion';
  ALTER TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level" ADD VALUE 'official' BEFORE 'expert-opinion';
  ALTER TYPE "public"."enum_references_evidence_level" ADD VALUE 'official' BEFORE 'expert-opinion';
  ALTER TYPE "public"."enum__references_v_version_evidence_level" ADD VALUE 'official' BEFORE 'expert-opinion';
  ALTER TABLE "references" ADD COLUMN "volume" varchar;
  ALTER TABLE "references" ADD COLUMN "issue" varchar;
  ALTER TABLE "references" ADD COLUMN "pages" varchar;
  ALTER TABLE "references" ADD COLUMN "verification_status" "enum_references_verification_status" DEFAULT 'unverified';
  ALTER TABLE "references" ADD COLUMN "verification_source" "enum_references_verification_source";
  ALTER TABLE "references" ADD COLUMN "verification_url" varchar;
  ALTER TABLE "references" ADD COLUMN "verification_note" varchar;
  ALTER TABLE "references" ADD COLUMN "verified_by_id" integer;
  ALTER TABLE "references" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "references" ADD COLUMN "citation_label" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_volume" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_issue" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_pages" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_verification_status" "enum__references_v_version_verification_status" DEFAULT 'unverified';
  ALTER TABLE "_references_v" ADD COLUMN "version_verification_source" "enum__references_v_version_verification_source";
  ALTER TABLE "_references_v" ADD COLUMN "version_verification_url" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_verification_note" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_verified_by_id" integer;
  ALTER TABLE "_references_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_references_v" ADD COLUMN "version_citation_label" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "acknowledged_unverified_references" jsonb;
  ALTER TABLE "references" ADD CONSTRAINT "references_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_references_v" ADD CONSTRAINT "_references_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "references_verification_status_idx" ON "references" USING btree ("verification_status");
  CREATE INDEX "references_verified_by_idx" ON "references" USING btree ("verified_by_id");
  CREATE INDEX "references_citation_label_idx" ON "references" USING btree ("citation_label");
  CREATE INDEX "_references_v_version_version_verification_status_idx" ON "_references_v" USING btree ("version_verification_status");
  CREATE INDEX "_references_v_version_version_verified_by_idx" ON "_references_v" USING btree ("version_verified_by_id");
  CREATE INDEX "_references_v_version_version_citation_label_idx" ON "_references_v" USING btree ("version_citation_label");`)
  // Existing references get the label the setCitationLabel hook gives on the next save:
  // their title, or their identifier while there is none.
  await db.execute(sql`
   UPDATE "references" SET "citation_label" = COALESCE(NULLIF(btrim("title"), ''), "pmcid", 'PMID ' || "pmid", 'doi:' || "doi", "url");
  UPDATE "_references_v" SET "version_citation_label" = COALESCE(NULLIF(btrim("version_title"), ''), "version_pmcid", 'PMID ' || "version_pmid", 'doi:' || "version_doi", "version_url");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "references" DROP CONSTRAINT "references_verified_by_id_users_id_fk";
  
  ALTER TABLE "_references_v" DROP CONSTRAINT "_references_v_version_verified_by_id_users_id_fk";
  
  ALTER TABLE "treatments_clinical_applications" ALTER COLUMN "evidence_level" SET DATA TYPE text;
  DROP TYPE "public"."enum_treatments_clinical_applications_evidence_level";
  CREATE TYPE "public"."enum_treatments_clinical_applications_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  ALTER TABLE "treatments_clinical_applications" ALTER COLUMN "evidence_level" SET DATA TYPE "public"."enum_treatments_clinical_applications_evidence_level" USING "evidence_level"::"public"."enum_treatments_clinical_applications_evidence_level";
  ALTER TABLE "_treatments_v_version_clinical_applications" ALTER COLUMN "evidence_level" SET DATA TYPE text;
  DROP TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level";
  CREATE TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  ALTER TABLE "_treatments_v_version_clinical_applications" ALTER COLUMN "evidence_level" SET DATA TYPE "public"."enum__treatments_v_version_clinical_applications_evidence_level" USING "evidence_level"::"public"."enum__treatments_v_version_clinical_applications_evidence_level";
  ALTER TABLE "references" ALTER COLUMN "evidence_level" SET DATA TYPE text;
  DROP TYPE "public"."enum_references_evidence_level";
  CREATE TYPE "public"."enum_references_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  ALTER TABLE "references" ALTER COLUMN "evidence_level" SET DATA TYPE "public"."enum_references_evidence_level" USING "evidence_level"::"public"."enum_references_evidence_level";
  ALTER TABLE "_references_v" ALTER COLUMN "version_evidence_level" SET DATA TYPE text;
  DROP TYPE "public"."enum__references_v_version_evidence_level";
  CREATE TYPE "public"."enum__references_v_version_evidence_level" AS ENUM('systematic-review', 'rct', 'cohort', 'case-series', 'preclinical', 'expert-opinion', 'commercial');
  ALTER TABLE "_references_v" ALTER COLUMN "version_evidence_level" SET DATA TYPE "public"."enum__references_v_version_evidence_level" USING "version_evidence_level"::"public"."enum__references_v_version_evidence_level";
  DROP INDEX "references_verification_status_idx";
  DROP INDEX "references_verified_by_idx";
  DROP INDEX "references_citation_label_idx";
  DROP INDEX "_references_v_version_version_verification_status_idx";
  DROP INDEX "_references_v_version_version_verified_by_idx";
  DROP INDEX "_references_v_version_version_citation_label_idx";
  ALTER TABLE "references" DROP COLUMN "volume";
  ALTER TABLE "references" DROP COLUMN "issue";
  ALTER TABLE "references" DROP COLUMN "pages";
  ALTER TABLE "references" DROP COLUMN "verification_status";
  ALTER TABLE "references" DROP COLUMN "verification_source";
  ALTER TABLE "references" DROP COLUMN "verification_url";
  ALTER TABLE "references" DROP COLUMN "verification_note";
  ALTER TABLE "references" DROP COLUMN "verified_by_id";
  ALTER TABLE "references" DROP COLUMN "verified_at";
  ALTER TABLE "references" DROP COLUMN "citation_label";
  ALTER TABLE "_references_v" DROP COLUMN "version_volume";
  ALTER TABLE "_references_v" DROP COLUMN "version_issue";
  ALTER TABLE "_references_v" DROP COLUMN "version_pages";
  ALTER TABLE "_references_v" DROP COLUMN "version_verification_status";
  ALTER TABLE "_references_v" DROP COLUMN "version_verification_source";
  ALTER TABLE "_references_v" DROP COLUMN "version_verification_url";
  ALTER TABLE "_references_v" DROP COLUMN "version_verification_note";
  ALTER TABLE "_references_v" DROP COLUMN "version_verified_by_id";
  ALTER TABLE "_references_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_references_v" DROP COLUMN "version_citation_label";
  ALTER TABLE "audit_log" DROP COLUMN "acknowledged_unverified_references";
  DROP TYPE "public"."enum_references_verification_status";
  DROP TYPE "public"."enum_references_verification_source";
  DROP TYPE "public"."enum__references_v_version_verification_status";
  DROP TYPE "public"."enum__references_v_version_verification_source";`)
}
