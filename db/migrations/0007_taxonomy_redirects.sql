-- Redirects for categories and hashtags too (exactly one target per row). drizzle-kit's generated copy named
-- the new columns in the old table; the INSERT below copies only the columns that existed.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_redirects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_path` text NOT NULL,
	`article_id` integer,
	`category_id` integer,
	`hashtag_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hashtag_id`) REFERENCES `hashtags`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "redirects_one_target" CHECK((article_id is not null) + (category_id is not null) + (hashtag_id is not null) = 1)
);
--> statement-breakpoint
INSERT INTO `__new_redirects`("id", "from_path", "article_id", "created_at") SELECT "id", "from_path", "article_id", "created_at" FROM `redirects`;--> statement-breakpoint
DROP TABLE `redirects`;--> statement-breakpoint
ALTER TABLE `__new_redirects` RENAME TO `redirects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `redirects_from_path_unique` ON `redirects` (`from_path`);--> statement-breakpoint
CREATE INDEX `redirects_article_idx` ON `redirects` (`article_id`);--> statement-breakpoint
CREATE INDEX `redirects_category_idx` ON `redirects` (`category_id`);--> statement-breakpoint
CREATE INDEX `redirects_hashtag_idx` ON `redirects` (`hashtag_id`);