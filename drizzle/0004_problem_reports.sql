CREATE TABLE "problem_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"step" text NOT NULL,
	"locale" text NOT NULL,
	"content_date" date NOT NULL,
	"page_path" text NOT NULL,
	"message" text NOT NULL,
	"reply_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "problem_reports_created_at_idx" ON "problem_reports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "problem_reports_platform_idx" ON "problem_reports" USING btree ("platform","created_at");