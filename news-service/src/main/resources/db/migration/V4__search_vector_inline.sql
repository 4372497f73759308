-- Keep the search vector in the row. A press release's row (HTML body, plain body, vector) is
-- past the 2 kB TOAST threshold, and by default the vector, its largest column, went out of line
-- compressed: every search then paid a TOAST lookup and a decompression per candidate row. With
-- MAIN storage the bodies are compressed or moved out first, and the vector stays inline (still
-- compressible, and moved out only when a row cannot fit otherwise, so long texts still work).
-- Measured on the 1,000,000-item benchmark archive: see bench/results/news-search-*.txt.
ALTER TABLE news_item ALTER COLUMN search_vector SET STORAGE MAIN;
