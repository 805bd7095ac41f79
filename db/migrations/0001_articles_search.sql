-- Full-text search over articles (SQLite FTS5, external content): kept in step by triggers,
-- so every write path (newsroom, seed, CLI) updates it without remembering to.
CREATE VIRTUAL TABLE `articles_search` USING fts5(
  title, dek, body_text,
  content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_search_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_search(rowid, title, dek, body_text) VALUES (new.id, new.title, coalesce(new.dek, ''), new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_ad` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_search(articles_search, rowid, title, dek, body_text) VALUES ('delete', old.id, old.title, coalesce(old.dek, ''), old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_search_au` AFTER UPDATE OF title, dek, body_text ON `articles` BEGIN
  INSERT INTO articles_search(articles_search, rowid, title, dek, body_text) VALUES ('delete', old.id, old.title, coalesce(old.dek, ''), old.body_text);
  INSERT INTO articles_search(rowid, title, dek, body_text) VALUES (new.id, new.title, coalesce(new.dek, ''), new.body_text);
END;
