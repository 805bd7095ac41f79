ALTER TABLE `article_corrections` ADD `kind` text DEFAULT 'koreksi' NOT NULL;--> statement-breakpoint
ALTER TABLE `article_corrections` ADD `reply_url` text;