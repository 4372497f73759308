-- Which municipality a data source lists a partnership under. Wikidata records a twinning on
-- each side's item; a pair listed from one side only is worth checking (consistency report).
CREATE TABLE partnership_source_listing (
    partnership_id  UUID        NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    source          VARCHAR(60) NOT NULL,
    listed_by       UUID        NOT NULL REFERENCES municipality (id),
    CONSTRAINT partnership_source_listing_pk PRIMARY KEY (partnership_id, source, listed_by)
);

CREATE INDEX partnership_source_listing_source_idx ON partnership_source_listing (source);
