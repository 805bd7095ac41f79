CREATE TABLE `cache_invalidations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag` text NOT NULL,
	`invalidated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_invalidations_at_idx` ON `cache_invalidations` (`invalidated_at`);--> statement-breakpoint
CREATE TABLE `static_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `static_pages_slug_unique` ON `static_pages` (`slug`);