-- Proposed changes and coalesced autosaves live in article_revisions; a scheduled article records the
-- version that was scheduled (those already scheduled: their current one). drizzle-kit's ADD COLUMN
-- omitted the ON DELETE of reviewed_by; added by hand.
ALTER TABLE `article_revisions` ADD `kind` text DEFAULT 'revision' NOT NULL;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `proposal_state` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `review_note` text;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `reviewed_by` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `reviewed_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `article_revisions_open_proposal_unique` ON `article_revisions` (`article_id`,`author_id`) WHERE kind = 'proposal' and proposal_state = 'open';--> statement-breakpoint
CREATE INDEX `article_revisions_open_proposals_idx` ON `article_revisions` (`proposal_state`,`created_at`) WHERE kind = 'proposal';--> statement-breakpoint
ALTER TABLE `articles` ADD `scheduled_version` integer;--> statement-breakpoint
UPDATE `articles` SET `scheduled_version` = `version` WHERE `status` = 'scheduled';