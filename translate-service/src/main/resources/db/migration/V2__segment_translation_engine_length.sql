-- Remote engines name their server and model in the engine version (openai/openai@host:port/v1/<model>/p1),
-- which can exceed 100 characters.
alter table segment_translation alter column engine set data type varchar(255);
