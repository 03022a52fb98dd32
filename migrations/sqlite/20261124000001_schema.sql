-- pollwatch domain schema, SQLite flavour. Keep in step with migrations/postgres/.
-- Timestamps are RFC 3339 TEXT written by sqlx from DateTime<Utc> (always +00:00), so text order is time order.
-- Timestamps are always bound from Rust (never SQL defaults) so both engines store the same values.
-- JSON payloads are TEXT in both engines so the queries stay portable.

CREATE TABLE outlets (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    site_url         TEXT,
    country          TEXT,
    language         TEXT,
    state_affiliated BOOLEAN NOT NULL DEFAULT FALSE,
    -- CSS selector that overrides readability-style extraction for this outlet's pages.
    article_selector TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CONSTRAINT outlets_name_key UNIQUE (name),
    CONSTRAINT outlets_country_check CHECK (country IS NULL OR length(country) = 2)
);

CREATE TABLE feeds (
    id                  INTEGER PRIMARY KEY,
    outlet_id           BIGINT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
    url                 TEXT NOT NULL,
    title               TEXT,
    site_url            TEXT,
    etag                TEXT,
    last_modified       TEXT,
    last_fetched_at     TEXT,
    last_success_at     TEXT,
    next_check_at       TEXT NOT NULL,
    check_interval_secs BIGINT NOT NULL DEFAULT 3600,
    error_count         INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    last_error_at       TEXT,
    disabled            BOOLEAN NOT NULL DEFAULT FALSE,
    disabled_reason     TEXT,
    -- Work sharing between crawler workers: a worker leases a due feed until lease_expires_at.
    lease_owner         TEXT,
    lease_expires_at    TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CONSTRAINT feeds_url_key UNIQUE (url)
);
CREATE INDEX feeds_due_idx ON feeds (disabled, next_check_at);
CREATE INDEX feeds_outlet_idx ON feeds (outlet_id);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    feed_id       BIGINT REFERENCES feeds (id) ON DELETE SET NULL,
    outlet_id     BIGINT REFERENCES outlets (id) ON DELETE SET NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    guid          TEXT NOT NULL,
    title         TEXT,
    byline        TEXT,
    lang          TEXT,
    published_at  TEXT,
    fetched_at    TEXT NOT NULL,
    -- Plain text (what claims are detected in) and ammonia-sanitised HTML (what is shown).
    text          TEXT NOT NULL DEFAULT '',
    html          TEXT,
    content_hash  TEXT NOT NULL,
    -- live | edited | withdrawn: reported when a flagged article changes after the fact.
    status        TEXT NOT NULL DEFAULT 'live',
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CONSTRAINT articles_feed_guid_key UNIQUE (feed_id, guid),
    CONSTRAINT articles_status_check CHECK (status IN ('live', 'edited', 'withdrawn'))
);
CREATE INDEX articles_canonical_url_idx ON articles (canonical_url);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_published_idx ON articles (published_at);

-- Earlier versions of an article, kept when its content changes.
CREATE TABLE article_revisions (
    id           INTEGER PRIMARY KEY,
    article_id   BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    html         TEXT,
    content_hash TEXT NOT NULL,
    captured_at  TEXT NOT NULL,
    CONSTRAINT article_revisions_key UNIQUE (article_id, revision)
);

-- The pollster registry (seeded from data/pollsters.csv; every fact keeps its source).
CREATE TABLE pollsters (
    id             INTEGER PRIMARY KEY,
    -- Stable identifier, the `id` column of the registry CSV.
    slug           TEXT NOT NULL,
    canonical_name TEXT NOT NULL,
    -- ISO 3166-1 alpha-2 codes where it publishes, '|'-separated.
    countries      TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    -- TRUE when the facts come from a page actually read, FALSE for general knowledge.
    verified       BOOLEAN NOT NULL DEFAULT FALSE,
    evidence       TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CONSTRAINT pollsters_slug_key UNIQUE (slug),
    CONSTRAINT pollsters_canonical_name_key UNIQUE (canonical_name),
    CONSTRAINT pollsters_status_check CHECK (status IN ('registered', 'established', 'state_controlled',
        'foreign_agent_designated', 'not_a_pollster', 'defunct'))
);

CREATE TABLE pollster_aliases (
    id          INTEGER PRIMARY KEY,
    pollster_id BIGINT NOT NULL REFERENCES pollsters (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    -- Order of the alias in the record, so exports round-trip.
    position    INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT pollster_aliases_key UNIQUE (pollster_id, alias)
);
CREATE INDEX pollster_aliases_alias_idx ON pollster_aliases (alias);

CREATE TABLE pollster_memberships (
    id          INTEGER PRIMARY KEY,
    pollster_id BIGINT NOT NULL REFERENCES pollsters (id) ON DELETE CASCADE,
    -- BPC | AAPOR_TI | FR_COMMISSION_SONDAGES | BR_TSE | ESOMAR | CO_CNE | ...
    body        TEXT NOT NULL,
    since       TEXT,
    until       TEXT,
    -- Where the membership is evidenced (defaults to the pollster's source).
    source      TEXT,
    CONSTRAINT pollster_memberships_key UNIQUE (pollster_id, body)
);

-- Election calendar: legal blackout windows for publishing polls (seeded from data/elections.csv).
CREATE TABLE elections (
    id                   INTEGER PRIMARY KEY,
    country              TEXT NOT NULL,
    name                 TEXT NOT NULL,
    vote_start           TEXT NOT NULL,
    vote_end             TEXT NOT NULL,
    -- Days before vote_start on which publishing polls is banned (1 = the eve).
    blackout_days_before INTEGER NOT NULL DEFAULT 0,
    legal_basis          TEXT NOT NULL DEFAULT '',
    source               TEXT NOT NULL DEFAULT '',
    CONSTRAINT elections_key UNIQUE (country, name, vote_start)
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_role_check CHECK (role IN ('admin', 'editor', 'factchecker', 'journalist'))
);

CREATE TABLE sessions (
    -- SHA-256 of the session token; the token itself is never stored.
    token_hash   TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    user_agent   TEXT,
    ip           TEXT
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- The same poll reported by several outlets: reviewed once.
CREATE TABLE claim_clusters (
    id             INTEGER PRIMARY KEY,
    pollster_id    BIGINT REFERENCES pollsters (id) ON DELETE SET NULL,
    fingerprint    TEXT NOT NULL,
    -- JSON of the earliest report's summary (pollster, figures, dates): what new reports are compared with.
    summary        TEXT NOT NULL DEFAULT '{}',
    first_claim_id BIGINT,
    first_seen_at  TEXT NOT NULL,
    claim_count    INTEGER NOT NULL DEFAULT 0,
    max_risk       REAL NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX claim_clusters_fingerprint_idx ON claim_clusters (fingerprint);

CREATE TABLE claims (
    id                 INTEGER PRIMARY KEY,
    article_id         BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- Which revision of the article the claim was found in.
    article_revision   INTEGER NOT NULL DEFAULT 1,
    kind               TEXT NOT NULL DEFAULT 'poll',
    span_start         BIGINT NOT NULL,
    span_end           BIGINT NOT NULL,
    quote              TEXT NOT NULL,
    lang               TEXT,
    pollster_as_written TEXT,
    pollster_id        BIGINT REFERENCES pollsters (id) ON DELETE SET NULL,
    pollster_match     TEXT,
    sponsor            TEXT,
    -- JSON array of {"subject", "value", "change"?}.
    figures            TEXT NOT NULL DEFAULT '[]',
    sample_size        BIGINT,
    fieldwork_start    TEXT,
    fieldwork_end      TEXT,
    margin_of_error    REAL,
    method             TEXT,
    -- Share of the five disclosure items present, in [0, 1].
    transparency       REAL NOT NULL DEFAULT 0,
    risk               REAL NOT NULL DEFAULT 0,
    cluster_id         BIGINT REFERENCES claim_clusters (id) ON DELETE SET NULL,
    -- Triage state: new | in_review | dismissed | resolved.
    review_status      TEXT NOT NULL DEFAULT 'new',
    assigned_to        BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CONSTRAINT claims_span_check CHECK (span_start >= 0 AND span_end >= span_start),
    CONSTRAINT claims_risk_check CHECK (risk >= 0 AND risk <= 1),
    CONSTRAINT claims_review_status_check CHECK (review_status IN ('new', 'in_review', 'dismissed', 'resolved'))
);
CREATE INDEX claims_article_idx ON claims (article_id);
CREATE INDEX claims_cluster_idx ON claims (cluster_id);
CREATE INDEX claims_triage_idx ON claims (review_status, risk);

CREATE TABLE claim_flags (
    id       INTEGER PRIMARY KEY,
    claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    detail   TEXT NOT NULL,
    CONSTRAINT claim_flags_code_check CHECK (code IN ('unknown_pollster', 'not_a_pollster', 'no_pollster_named',
        'missing_disclosure', 'implausible_numbers', 'state_media_source', 'blackout_period'))
);
CREATE INDEX claim_flags_claim_idx ON claim_flags (claim_id);
CREATE INDEX claim_flags_code_idx ON claim_flags (code);

CREATE TABLE verdicts (
    id           INTEGER PRIMARY KEY,
    cluster_id   BIGINT REFERENCES claim_clusters (id) ON DELETE SET NULL,
    claim_id     BIGINT REFERENCES claims (id) ON DELETE SET NULL,
    slug         TEXT NOT NULL,
    -- fake | misleading | unsubstantiated | accurate
    rating       TEXT NOT NULL,
    headline     TEXT NOT NULL,
    summary      TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    -- draft | published | retracted
    status       TEXT NOT NULL DEFAULT 'draft',
    author_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    published_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CONSTRAINT verdicts_slug_key UNIQUE (slug),
    CONSTRAINT verdicts_rating_check CHECK (rating IN ('fake', 'misleading', 'unsubstantiated', 'accurate')),
    CONSTRAINT verdicts_status_check CHECK (status IN ('draft', 'published', 'retracted'))
);
CREATE INDEX verdicts_status_idx ON verdicts (status, published_at);

-- Append-only: every change to a verdict, as written.
CREATE TABLE verdict_history (
    id         INTEGER PRIMARY KEY,
    verdict_id BIGINT NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    rating     TEXT NOT NULL,
    headline   TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL,
    status     TEXT NOT NULL,
    changed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL,
    note       TEXT,
    CONSTRAINT verdict_history_key UNIQUE (verdict_id, version)
);

-- Append-only record of who did what.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   BIGINT,
    detail      TEXT,
    ip          TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);

CREATE TRIGGER verdict_history_no_update BEFORE UPDATE ON verdict_history
BEGIN
    SELECT RAISE(ABORT, 'verdict_history is append-only');
END;
CREATE TRIGGER verdict_history_no_delete BEFORE DELETE ON verdict_history
BEGIN
    SELECT RAISE(ABORT, 'verdict_history is append-only');
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
