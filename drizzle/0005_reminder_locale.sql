-- Reminders set up before this were all written in English: the default keeps them so.
ALTER TABLE "reminders" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;