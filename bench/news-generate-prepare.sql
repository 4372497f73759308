-- Loads realistic news items into the news schema of the current database (run by
-- bench/news-generate.sh against news_bench, never against a real database).
-- Step 1 of 3 (see news-generate.sh): vocabulary and id pools.
--
-- Press releases about municipal partnerships: sentence templates written for this benchmark,
-- filled with the real German town / partner town / country triples of the Wikidata twinning
-- list in data/ (2,071 German towns, 4,859 partner towns, 108 countries), 60 themes and 20
-- organisations. Town names give the long tail of a real news archive (most appear in a few
-- hundred items), themes the middle, words like "Partnerschaft" the head.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE UNLOGGED TABLE bench_twinning_raw (
    origin text, origin_country text, origin_lat text, origin_long text, origin_population text,
    sister text, sister_lat text, sister_long text, sister_population text, sister_country text,
    dist text, eu text);
\copy bench_twinning_raw FROM 'data/wikidata-sistercities-germany.tsv' WITH (FORMAT text, HEADER true, DELIMITER E'\t', NULL '')
CREATE UNLOGGED TABLE bench_twinning AS
    SELECT row_number() OVER (ORDER BY origin, sister) AS n, origin, sister, coalesce(sister_country, 'Europe') AS country
    FROM bench_twinning_raw WHERE origin IS NOT NULL AND sister IS NOT NULL;
DROP TABLE bench_twinning_raw;

CREATE UNLOGGED TABLE bench_words AS SELECT
  (SELECT count(*) FROM bench_twinning)::int AS twinnings,
  ARRAY['Städtepartnerschaft','Solidaritätspartnerschaft','Delegationsbesuch','Sommerschule','Partnerschaftskonferenz',
        'Jugendaustausch','Bürgerbegegnung','Klimapartnerschaft','Projektpartnerschaft','Feuerwehrkooperation',
        'Hilfslieferung','Fachaustausch','Freundschaftsvertrag','Kulturwoche','Schulpartnerschaft'] AS topics_de,
  ARRAY['twinning','solidarity partnership','delegation visit','summer school','partnership conference',
        'youth exchange','citizens meeting','climate partnership','project partnership','fire service cooperation',
        'aid delivery','expert exchange','friendship agreement','culture week','school partnership'] AS topics_en,
  ARRAY['Wasserversorgung','Abfallwirtschaft','Radverkehr','Denkmalpflege','Jugendfeuerwehr','Katastrophenschutz',
        'medizinische Rehabilitation','erneuerbare Energien','Klimaanpassung','Stadtentwicklung','Bürgerbeteiligung',
        'Digitalisierung','Berufsausbildung','Hochschulkooperation','Kulturaustausch','Gesundheitsversorgung',
        'Seniorenarbeit','Integration','Tourismus','Wirtschaftsförderung','Landwirtschaft','Forstwirtschaft',
        'Hochwasserschutz','Wärmeplanung','öffentlichen Nahverkehr','Sportbegegnungen','Chorfestivals',
        'Theatergastspiele','Kunstausstellungen','Musikschulen','Bibliotheken','Museumskooperation',
        'Partnerschaftsjubiläen','Weihnachtsmärkte','Hilfstransporte','Wiederaufbau','Notstromaggregate',
        'Krankenhausausstattung','Traumatherapie','Kinderbetreuung','Frauenförderung','Korruptionsprävention',
        'Haushaltsplanung','Kommunalverwaltung','Abwasserbehandlung','Straßenbeleuchtung','Solaranlagen',
        'Baumpflanzungen','Biodiversität','Jugendparlamente','Freiwilligendienste','Fachkräfteaustausch',
        'Gedenkstätten','Erinnerungskultur','Sprachkurse','Fußballturniere','Schulbau','Brandschutz',
        'Rettungsdienst','Lebensmittelsicherheit'] AS themes_de,
  ARRAY['water supply','waste management','cycling','heritage conservation','youth fire brigades','civil protection',
        'medical rehabilitation','renewable energy','climate adaptation','urban development','citizen participation',
        'digitalisation','vocational training','university cooperation','cultural exchange','health care',
        'work with older people','integration','tourism','economic development','agriculture','forestry',
        'flood protection','heat planning','public transport','sports encounters','choir festivals',
        'theatre tours','art exhibitions','music schools','libraries','museum cooperation',
        'partnership anniversaries','Christmas markets','aid convoys','reconstruction','emergency generators',
        'hospital equipment','trauma therapy','childcare','women''s empowerment','anti-corruption work',
        'budget planning','local government','wastewater treatment','street lighting','solar panels',
        'tree planting','biodiversity','youth parliaments','voluntary service','skilled workers exchange',
        'memorial sites','culture of remembrance','language courses','football tournaments','school building',
        'fire safety','ambulance services','food safety'] AS themes_en,
  ARRAY['Servicestelle Kommunen in der Einen Welt','Engagement Global','Deutscher Städtetag',
        'Rat der Gemeinden und Regionen Europas','Deutsch-Französisches Jugendwerk','Europäische Kommission',
        'Auswärtiges Amt','Goethe-Institut','Volkshochschule','Stadtwerke','Berufsfeuerwehr',
        'Technisches Hilfswerk','Deutsches Rotes Kreuz','Partnerschaftsverein','Universität',
        'Handwerkskammer','Industrie- und Handelskammer','Landkreis','Deutsch-Polnisches Jugendwerk',
        'Bundesministerium für wirtschaftliche Zusammenarbeit'] AS orgs_de,
  ARRAY['Service Agency Communities in One World','Engagement Global','German Association of Cities',
        'Council of European Municipalities and Regions','Franco-German Youth Office','European Commission',
        'Federal Foreign Office','Goethe-Institut','adult education centre','municipal utilities',
        'professional fire brigade','Federal Agency for Technical Relief','German Red Cross',
        'twinning association','university','chamber of crafts','chamber of commerce','district council',
        'German-Polish Youth Office','Federal Ministry for Economic Cooperation'] AS orgs_en,
  ARRAY['Eine Delegation aus {B} besuchte {A}, um sich über {T} auszutauschen.',
        'Im Mittelpunkt des Treffens in {A} stand das Thema {T}.',
        'Die Partnerschaft zwischen {A} und {B} besteht seit {Y}.',
        '{O} fördert das Projekt zu {T} mit {N}.000 Euro.',
        'An dem Austausch nahmen {N} Fachleute aus {L} teil.',
        'Der Stadtrat von {A} hat einer Erweiterung der Zusammenarbeit mit {B} zugestimmt.',
        'Bereits im Jahr {Y} hatten beide Städte eine Vereinbarung über {T} unterzeichnet.',
        'Die Gäste aus {B} besichtigten Einrichtungen für {T}.',
        'Wegen der Pandemie fand das Treffen online statt; {N} Teilnehmende waren zugeschaltet.',
        'Der Oberbürgermeister von {A} betonte die Bedeutung der Partnerschaft mit {B}.',
        'Ein gemeinsamer Arbeitsplan für {T} soll bis {Y} umgesetzt werden.',
        'Jugendliche aus {A} und {B} treffen sich im Sommer zu einem Austausch.',
        '{O} berät die Kommunen bei Anträgen und Abrechnung.',
        'Im nächsten Jahr reist eine Gruppe aus {A} nach {L}.',
        'Die Bevölkerung ist zu einem Begegnungsfest auf dem Marktplatz von {A} eingeladen.',
        'Fachleute beider Verwaltungen berichteten über ihre Erfahrungen mit {T}.',
        'Aus {A} wurden {N} Tonnen Hilfsgüter nach {B} geliefert.',
        'Die Zusammenarbeit mit {B} in {L} soll auf {T} ausgeweitet werden.',
        'Der Partnerschaftsverein in {A} organisiert seit {Y} regelmäßige Besuche.',
        'Zum Abschluss trugen sich die Gäste in das Goldene Buch der Stadt {A} ein.',
        'Für {T} stellt {A} Ausrüstung im Wert von {N}.000 Euro bereit.',
        'Eine Ausstellung im Rathaus von {A} zeigt Bilder aus {B}.',
        'Die Veranstaltung wird gemeinsam mit {O} ausgerichtet.',
        'Auch Gäste aus {L} nahmen an der Konferenz über {T} teil.'] AS sentences_de,
  ARRAY['A delegation from {B} visited {A} to exchange views on {T}.',
        'The meeting in {A} focused on {T}.',
        'The partnership between {A} and {B} dates back to {Y}.',
        '{O} funds the project on {T} with {N},000 euros.',
        '{N} experts from {L} took part in the exchange.',
        'The city council of {A} approved extending its cooperation with {B}.',
        'As early as {Y} both towns had signed an agreement on {T}.',
        'The guests from {B} visited facilities for {T}.',
        'Because of the pandemic the meeting took place online, with {N} participants.',
        'The mayor of {A} stressed how much the partnership with {B} means.',
        'A joint work plan for {T} is to be implemented by {Y}.',
        'Young people from {A} and {B} will meet for an exchange in the summer.',
        '{O} advises the municipalities on applications and accounting.',
        'Next year a group from {A} will travel to {L}.',
        'Residents are invited to a festival of encounters on the market square of {A}.',
        'Experts from both administrations reported on their experience with {T}.',
        '{A} delivered {N} tonnes of relief supplies to {B}.',
        'The cooperation with {B} in {L} is to be extended to {T}.',
        'The twinning association in {A} has organised regular visits since {Y}.',
        'At the end the guests signed the Golden Book of {A}.',
        '{A} is providing equipment worth {N},000 euros for {T}.',
        'An exhibition at the town hall of {A} shows pictures from {B}.',
        'The event is organised together with the {O}.',
        'Guests from {L} also attended the conference on {T}.'] AS sentences_en,
  ARRAY['{P}: {A} und {B} unterzeichnen Vereinbarung', '{P}: {A} und {B} treffen sich erneut',
        '{A} und {B} vereinbaren Zusammenarbeit bei {T}', 'Delegation aus {B} zu Gast in {A}',
        '{A} unterstützt {B} bei {T}', '{P}: {A} plant nächste Schritte mit {B}'] AS headlines_de,
  ARRAY['{P}: {A} and {B} sign agreement', '{P}: {A} and {B} meet again',
        '{A} and {B} agree to cooperate on {T}', 'Delegation from {B} visits {A}',
        '{A} supports {B} with {T}', '{P}: {A} plans next steps with {B}'] AS headlines_en;

-- Fills a template's slots.
CREATE FUNCTION bench_fill(template text, a text, b text, l text, t text, o text, p text, n int, y int)
    RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT replace(replace(replace(replace(replace(replace(replace(replace(template,
    '{A}', a), '{B}', b), '{L}', l), '{T}', t), '{O}', o), '{P}', p), '{N}', n::text), '{Y}', y::text) $$;

CREATE UNLOGGED TABLE bench_pools AS SELECT
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 2000)) AS municipalities,
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 5000)) AS partnerships,
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 3000)) AS events;

-- The migrations' indexes (all but those of constraints) are dropped for the load and made again,
-- as the migrations define them, in step 3: building an index once is much faster than keeping it
-- up to date through a million inserts.
CREATE UNLOGGED TABLE bench_indexes AS
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = 'news_item'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
DO $$
DECLARE index_name text;
BEGIN
    FOR index_name IN SELECT indexname FROM bench_indexes LOOP
        EXECUTE format('DROP INDEX %I', index_name);
    END LOOP;
END $$;
