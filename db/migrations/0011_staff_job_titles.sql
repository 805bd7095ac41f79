ALTER TABLE `users` ADD `job_title` text;--> statement-breakpoint
ALTER TABLE `users` ADD `on_roster` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- What the roster showed until now, derived from the role: kept as each account's title, for an admin to change.
UPDATE `users` SET `job_title` = CASE `role` WHEN 'admin' THEN 'Pemimpin Redaksi' WHEN 'editor' THEN 'Redaktur' WHEN 'reporter' THEN 'Pewarta' ELSE 'Kontributor' END;
