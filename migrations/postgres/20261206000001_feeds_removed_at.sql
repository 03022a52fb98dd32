-- `feeds remove` keeps the row (hidden, disabled) so that adding the same URL again restores the
-- feed with its articles, validators and dedupe keys instead of fetching its items a second time.
ALTER TABLE feeds ADD COLUMN removed_at TIMESTAMPTZ;
