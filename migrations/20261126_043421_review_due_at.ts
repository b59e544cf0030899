import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "treatments" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "components" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_components_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  ALTER TABLE "references" ADD COLUMN "review_due_at" timestamp(3) with time zone;
  ALTER TABLE "_references_v" ADD COLUMN "version_review_due_at" timestamp(3) with time zone;
  CREATE INDEX "articles_unpublish_at_idx" ON "articles" USING btree ("unpublish_at");
  CREATE INDEX "articles_review_due_at_idx" ON "articles" USING btree ("review_due_at");
  CREATE INDEX "_articles_v_version_version_unpublish_at_idx" ON "_articles_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_articles_v_version_version_review_due_at_idx" ON "_articles_v" USING btree ("version_review_due_at");
  CREATE INDEX "treatments_unpublish_at_idx" ON "treatments" USING btree ("unpublish_at");
  CREATE INDEX "treatments_review_due_at_idx" ON "treatments" USING btree ("review_due_at");
  CREATE INDEX "_treatments_v_version_version_unpublish_at_idx" ON "_treatments_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_treatments_v_version_version_review_due_at_idx" ON "_treatments_v" USING btree ("version_review_due_at");
  CREATE INDEX "components_unpublish_at_idx" ON "components" USING btree ("unpublish_at");
  CREATE INDEX "components_review_due_at_idx" ON "components" USING btree ("review_due_at");
  CREATE INDEX "_components_v_version_version_unpublish_at_idx" ON "_components_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_components_v_version_version_review_due_at_idx" ON "_components_v" USING btree ("version_review_due_at");
  CREATE INDEX "references_unpublish_at_idx" ON "references" USING btree ("unpublish_at");
  CREATE INDEX "references_review_due_at_idx" ON "references" USING btree ("review_due_at");
  CREATE INDEX "_references_v_version_version_unpublish_at_idx" ON "_references_v" USING btree ("version_unpublish_at");
  CREATE INDEX "_references_v_version_version_review_due_at_idx" ON "_references_v" USING btree ("version_review_due_at");
  -- Existing documents: the re-review date the field's hook stores on save (last review + interval, 12 months by default).
  UPDATE "articles" SET "review_due_at" = "last_reviewed_at" + make_interval(months => COALESCE("review_interval_months", 12)::int) WHERE "last_reviewed_at" IS NOT NULL;
  UPDATE "_articles_v" SET "version_review_due_at" = "version_last_reviewed_at" + make_interval(months => COALESCE("version_review_interval_months", 12)::int) WHERE "version_last_reviewed_at" IS NOT NULL;
  UPDATE "treatments" SET "review_due_at" = "last_reviewed_at" + make_interval(months => COALESCE("review_interval_months", 12)::int) WHERE "last_reviewed_at" IS NOT NULL;
  UPDATE "_treatments_v" SET "version_review_due_at" = "version_last_reviewed_at" + make_interval(months => COALESCE("version_review_interval_months", 12)::int) WHERE "version_last_reviewed_at" IS NOT NULL;
  UPDATE "components" SET "review_due_at" = "last_reviewed_at" + make_interval(months => COALESCE("review_interval_months", 12)::int) WHERE "last_reviewed_at" IS NOT NULL;
  UPDATE "_components_v" SET "version_review_due_at" = "version_last_reviewed_at" + make_interval(months => COALESCE("version_review_interval_months", 12)::int) WHERE "version_last_reviewed_at" IS NOT NULL;
  UPDATE "references" SET "review_due_at" = "last_reviewed_at" + make_interval(months => COALESCE("review_interval_months", 12)::int) WHERE "last_reviewed_at" IS NOT NULL;
  UPDATE "_references_v" SET "version_review_due_at" = "version_last_reviewed_at" + make_interval(months => COALESCE("version_review_interval_months", 12)::int) WHERE "version_last_reviewed_at" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_unpublish_at_idx";
  DROP INDEX "articles_review_due_at_idx";
  DROP INDEX "_articles_v_version_version_unpublish_at_idx";
  DROP INDEX "_articles_v_version_version_review_due_at_idx";
  DROP INDEX "treatments_unpublish_at_idx";
  DROP INDEX "treatments_review_due_at_idx";
  DROP INDEX "_treatments_v_version_version_unpublish_at_idx";
  DROP INDEX "_treatments_v_version_version_review_due_at_idx";
  DROP INDEX "components_unpublish_at_idx";
  DROP INDEX "components_review_due_at_idx";
  DROP INDEX "_components_v_version_version_unpublish_at_idx";
  DROP INDEX "_components_v_version_version_review_due_at_idx";
  DROP INDEX "references_unpublish_at_idx";
  DROP INDEX "references_review_due_at_idx";
  DROP INDEX "_references_v_version_version_unpublish_at_idx";
  DROP INDEX "_references_v_version_version_review_due_at_idx";
  ALTER TABLE "articles" DROP COLUMN "review_due_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "treatments" DROP COLUMN "review_due_at";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "components" DROP COLUMN "review_due_at";
  ALTER TABLE "_components_v" DROP COLUMN "version_review_due_at";
  ALTER TABLE "references" DROP COLUMN "review_due_at";
  ALTER TABLE "_references_v" DROP COLUMN "version_review_due_at";`)
}
