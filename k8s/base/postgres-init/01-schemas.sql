-- Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d).
-- Each service owns one schema; Flyway in each service creates its tables there.
CREATE SCHEMA IF NOT EXISTS translate;
CREATE SCHEMA IF NOT EXISTS summary;
CREATE SCHEMA IF NOT EXISTS gateway;
