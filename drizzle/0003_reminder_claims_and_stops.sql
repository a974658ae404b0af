ALTER TABLE "reminders" ADD COLUMN "claim_token" text;--> statement-breakpoint
-- Concurrent schedules could leave two open data-file reminders for one person and platform:
-- keep the one for the latest file and cancel the others, or the unique index below cannot be built.
UPDATE "reminders" SET "status" = 'cancelled', "lease_until" = NULL
WHERE "kind" = 'data-file-1-day' AND "status" IN ('pending', 'sending') AND "id" NOT IN (
	SELECT DISTINCT ON ("user_id", "platform") "id" FROM "reminders"
	WHERE "kind" = 'data-file-1-day' AND "status" IN ('pending', 'sending')
	ORDER BY "user_id", "platform", "ready_on" DESC NULLS LAST, "due_at" DESC, "id"
);--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_one_open_data_file" ON "reminders" USING btree ("user_id","platform") WHERE "reminders"."kind" = 'data-file-1-day' and "reminders"."status" in ('pending', 'sending');
