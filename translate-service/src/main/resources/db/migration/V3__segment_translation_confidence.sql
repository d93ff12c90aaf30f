-- The engine's confidence in a remembered segment (0-1; null for engines without one), so a segment served from the
-- memory carries the confidence it had when it was translated.
alter table segment_translation add column confidence double precision;
