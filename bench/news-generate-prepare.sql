-- Loads realistic news items into the news schema of the current database (run by
-- bench/news-generate.sh against news_bench, never against a real database).
-- Step 1 of 3 (see news-generate.sh): word lists and id pools; German and English press releases built from real-world sentence patterns.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE UNLOGGED TABLE bench_words AS SELECT
  ARRAY['Jena','Brovary','Wolfsburg','Pesaro-Urbino','Toyohashi','Jendouba','Leipzig','Ho-Chi-Minh-Stadt','Kassel',
        'Nowy Urengoi','Dortmund','Boryspil','Lwiw','Charkiw','Odesa','Kiel','Münster','Köln','Düsseldorf','Bonn',
        'Nürnberg','Würzburg','Görlitz','Zgorzelec','Tours','Krakau','Breslau','Lyon','Bordeaux','Sevilla','Porto',
        'Dresden','Erfurt','Weimar','Potsdam','Rostock','Lübeck','Bremen','Hannover','Freiburg'] AS cities,
  ARRAY['Städtepartnerschaft','Solidaritätspartnerschaft','Delegationsbesuch','Sommerschule','Partnerschaftskonferenz',
        'Jugendaustausch','Bürgerbegegnung','Klimapartnerschaft','Projektpartnerschaft','Feuerwehrkooperation',
        'Hilfslieferung','Fachaustausch','Freundschaftsvertrag','Kulturwoche','Schulpartnerschaft'] AS topics_de,
  ARRAY['twinning','solidarity partnership','delegation visit','summer school','partnership conference',
        'youth exchange','citizens meeting','climate partnership','project partnership','fire service cooperation',
        'aid delivery','expert exchange','friendship agreement','culture week','school partnership'] AS topics_en,
  ARRAY['Die Delegation besuchte das Klinikum und informierte sich über die medizinische Rehabilitation.',
        'Im Mittelpunkt standen die Zusammenarbeit der Feuerwehren und der Katastrophenschutz.',
        'Der Oberbürgermeister betonte die Bedeutung der Partnerschaft für beide Städte.',
        'Die Stadtverwaltung stellte gebrauchte Einsatzfahrzeuge und Schutzausrüstung bereit.',
        'Eine Dreieckskooperation mit einer weiteren Partnerkommune ist geplant.',
        'Die Servicestelle Kommunen in der Einen Welt unterstützt das Projekt finanziell.',
        'Wegen der Pandemie fand die Veranstaltung in diesem Jahr online statt.',
        'Schülerinnen und Schüler beider Städte treffen sich im Sommer zu einem Austausch.',
        'Der Stadtrat hat die Partnerschaft mit großer Mehrheit beschlossen.',
        'Die Teilnehmenden diskutierten Bürgerbeteiligung, Prävention und nachhaltige Stadtentwicklung.',
        'Masken, die von Partnern gespendet wurden, gingen an die Partnerprovinz weiter.',
        'Seit 2022 ruhen viele deutsch-russische Partnerschaften.',
        'Über 70 Kommunen pflegten 2022 Partnerschaften mit der Ukraine; spätere Zählungen nennen bis zu 200.',
        'Die Kosten für Reise und Unterkunft trägt das Förderprogramm.',
        'Vertreterinnen der Verwaltung tauschten Erfahrungen zur Digitalisierung aus.',
        'Ein gemeinsamer Arbeitsplan für die nächsten zwei Jahre wurde unterzeichnet.',
        'Die Bevölkerung ist zu einem Begegnungsfest auf dem Marktplatz eingeladen.',
        'Fachleute der Stadtwerke berieten über Wasserversorgung und Energieeffizienz.'] AS sentences_de,
  ARRAY['The delegation visited the hospital and learned about medical rehabilitation.',
        'Cooperation between the fire services and civil protection was the focus of the talks.',
        'The mayor stressed how much the partnership means to both cities.',
        'The city administration provided used fire engines and protective equipment.',
        'A three-way cooperation with another partner municipality is planned.',
        'Engagement Global and its service agency fund the project.',
        'Because of the pandemic the event took place online this year.',
        'Pupils from both cities will meet for an exchange in the summer.',
        'The city council approved the partnership by a large majority.',
        'Participants discussed civic participation, crime prevention and sustainable urban development.',
        'Masks donated by partners were passed on to the partner province.',
        'Since 2022 many German-Russian partnerships have been suspended.',
        'More than 70 municipalities had partnerships with Ukraine in 2022; later counts give up to 200.',
        'Travel and accommodation are paid for by the funding programme.',
        'Staff from both administrations shared their experience with digital services.',
        'A joint work plan for the next two years was signed.',
        'Residents are invited to a festival of encounters on the market square.',
        'Experts from the public utilities discussed water supply and energy efficiency.'] AS sentences_en;

CREATE UNLOGGED TABLE bench_pools AS SELECT
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 2000)) AS municipalities,
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 5000)) AS partnerships,
  ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 3000)) AS events;

DROP INDEX IF EXISTS news_item_search_idx, news_item_topics_idx, news_item_related_municipalities_idx,
    news_item_related_partnerships_idx, news_item_related_events_idx, news_item_issuer_idx,
    news_item_visible_published_idx, news_item_status_published_idx;

