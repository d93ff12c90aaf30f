-- A stored glossary belongs to the API key that stored it: owner = SHA-256 (hex) of that key, never the key itself;
-- null when API keys are off (one shared space). A caller sees, uses, counts and deletes only its own.
alter table glossary add column owner varchar(64);
drop index ix_glossary_created_at;
create index ix_glossary_owner_created_at on glossary (owner, created_at, id);
