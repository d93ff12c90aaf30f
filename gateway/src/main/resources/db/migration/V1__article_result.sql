-- Whole article results, content-addressed: cache_key = SHA-256 of the normalized title and text,
-- the translation engine and summarizer versions. Stored as one JSON document, whole or not at all;
-- degraded results (without summaries) are never stored.
create table article_result (
    id          varchar(36) primary key,
    cache_key   varchar(64) not null,
    result_json text        not null,
    created_at  timestamp with time zone not null default current_timestamp,
    constraint uk_article_result_cache_key unique (cache_key)
);
