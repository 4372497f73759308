-- Issue 21: the Destatis and twinning imports look each chunk's names up among the German places without an
-- official code (GermanRegistry.withoutAgs). The only index on search_key was V2's trigram index, built for
-- searching within names, and PostgreSQL answered the equality through it, trigram by trigram: 500 names that
-- share most of their trigrams ("Neustadt an der ...", or a test's "Grenzdorf 1" to "Grenzdorf 999") made it walk
-- the entries of every shared trigram for every name, 4.2 s per chunk on a test registry of 5,363 places, and
-- 40-55 ms for 500 real names on the demo registry of 14,652.
--
-- A B-tree over the keys of the places without a code (108 on the demo registry) answers it in about 1.4 ms. It
-- indexes the keys in the "C" collation, and the look-up compares in it: the trigram index, in the column's own
-- collation, cannot serve that comparison, so PostgreSQL cannot take it for this look-up again, whatever its
-- estimates (with the plain column it still did, on a small registry). Equality is byte for byte in both
-- collations, so the look-up finds what it found before. ImportLookUpPlansTest holds that no import looks a name
-- up through a trigram index.
CREATE INDEX municipality_search_key_without_code_idx ON municipality ((search_key COLLATE "C"))
    WHERE official_code IS NULL;
