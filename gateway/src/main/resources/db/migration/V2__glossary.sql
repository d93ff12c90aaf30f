-- Stored glossaries (POST /api/v1/glossaries): terms an article's translation must keep. The entries are one JSON
-- document, as validated and normalized; digest = SHA-256 of the normalized entries, which article cache keys carry.
create table glossary (
    id           varchar(36)  primary key,
    name         varchar(200) not null,
    entries_json text         not null,
    entry_count  integer      not null,
    digest       varchar(64)  not null,
    created_at   timestamp with time zone not null default current_timestamp
);
create index ix_glossary_created_at on glossary (created_at, id);
