CREATE TABLE `ad_slots` (
	`placement` text PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`kind` text DEFAULT 'banner' NOT NULL,
	`media_id` integer,
	`target_url` text,
	`alt` text,
	`snippet` text,
	`starts_at` integer,
	`ends_at` integer,
	`position` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
