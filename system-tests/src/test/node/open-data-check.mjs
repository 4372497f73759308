// Reads TwinTowns' open data with tools that share no code with the Java that wrote it, for
// OpenDataExportsIT:
//
//   node open-data-check.mjs jsonld FILE SCHEMA_ORG_CONTEXT TYPE...   expands with the jsonld package;
//        every TYPE (a full IRI) must be among the @types; prints "types: ..." and "nodes: N"
//   node open-data-check.mjs catalog FILE                             expands the DCAT-AP catalogue;
//        prints each dcat:downloadURL on a line of its own ("download: URL")
//   node open-data-check.mjs geojson FILE                             validates RFC 7946 with
//        @placemarkio/check-geojson; prints "features: N"
//
// The jsonld package would fetch https://schema.org; offline, its document loader answers with
// SCHEMA_ORG_CONTEXT (schema.org's context reduced to the terms the exports use: @vocab and the
// properties whose values are IRIs) and refuses every other remote document.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { check } from '@placemarkio/check-geojson';

const [kind, file, ...rest] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function loaderWith(contextFile) {
  const context = contextFile ? JSON.parse(readFileSync(contextFile, 'utf8')) : null;
  return async (url) => {
    if (context && ['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'].includes(url)) {
      return { contextUrl: null, documentUrl: url, document: context };
    }
    throw new Error('no network in the test: refused to load ' + url);
  };
}

function types(expanded, found = new Set()) {
  for (const node of Array.isArray(expanded) ? expanded : [expanded]) {
    if (node && typeof node === 'object') {
      for (const t of node['@type'] ?? []) found.add(t);
      for (const [key, value] of Object.entries(node)) {
        if (key !== '@type' && typeof value === 'object') types(value, found);
      }
    }
  }
  return found;
}

if (kind === 'jsonld') {
  const [contextFile, ...expected] = rest;
  const expanded = await jsonld.expand(JSON.parse(text), { documentLoader: loaderWith(contextFile) });
  const found = types(expanded);
  console.log('types: ' + [...found].sort().join(' '));
  console.log('nodes: ' + (expanded[0]?.['@graph']?.length ?? expanded.length));
  const missing = expected.filter((t) => !found.has(t));
  if (missing.length > 0) {
    console.error('missing types: ' + missing.join(' '));
    process.exit(1);
  }
} else if (kind === 'catalog') {
  const expanded = await jsonld.expand(JSON.parse(text), { documentLoader: loaderWith(null) });
  const found = types(expanded);
  for (const t of ['http://www.w3.org/ns/dcat#Catalog', 'http://www.w3.org/ns/dcat#Dataset',
    'http://www.w3.org/ns/dcat#Distribution']) {
    if (!found.has(t)) {
      console.error('missing type ' + t);
      process.exit(1);
    }
  }
  const urls = [];
  (function walk(value) {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'http://www.w3.org/ns/dcat#downloadURL') inner.forEach((u) => urls.push(u['@id']));
        else walk(inner);
      }
    }
  })(expanded);
  urls.forEach((u) => console.log('download: ' + u));
} else if (kind === 'geojson') {
  const collection = check(text);
  console.log('features: ' + collection.features.length);
} else {
  console.error('unknown check ' + kind);
  process.exit(2);
}
