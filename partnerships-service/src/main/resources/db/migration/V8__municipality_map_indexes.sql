-- The map's bounding box: latitude first, as a box of one state or country is narrower in latitude
-- than the registry's spread of longitudes. (The state filter, subdivision, has its index since V2.)
CREATE INDEX municipality_position_idx ON municipality (latitude, longitude) WHERE latitude IS NOT NULL;
