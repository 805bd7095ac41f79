ALTER TABLE `articles` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `withdrawal_reason` text;