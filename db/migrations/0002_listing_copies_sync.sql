-- article_hashtags and article_credits carry copies of their article's status and published_at
-- so that hashtag and author listings read one index; this trigger keeps the copies in step.
CREATE TRIGGER `articles_listing_copies_au` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE article_hashtags SET status = new.status, published_at = new.published_at WHERE article_id = new.id;
  UPDATE article_credits SET status = new.status, published_at = new.published_at WHERE article_id = new.id;
END;
