#!/usr/bin/env node
// Name filter for new gazetteer rows (places and towns). A name that is also an ordinary word makes the
// tool tag that word everywhere, so every Arabic name of a new row (label_ar and each variants_ar entry)
// is checked, folded as the Java gazetteer folds it (ArabicNormaliser.nameKey: hamza forms, alef maqsura,
// ta marbuta and diacritics folded, the article ال/لل dropped from each word), against
//
//   common   ontology/lexicon/common-words.txt (the name, with and without its article)
//   given    ontology/lexicon/given-names.txt and ner-given-names.txt
//   date     the month names of ontology/lexicon/months.tsv and the day names of time-nouns.tsv
//   kb       the names of every other entry of ontology/kb/*.csv (countries, cities, organisations, posts,
//            regions, provinces, places), rows with the same id excepted
//            (a row whose label is already a known place's name, of a country, city, region or place, is
//            dropped whole: it is that place again or a homonym of it)
//   twin     the names of another row of the same input (two places spelt alike: neither keeps the name)
//
// The check is on the whole name: a name of several words (برج خليفة، رأس لانوف) passes unless the whole
// phrase is one of the above. A failing variant is dropped; a failing label is replaced by the first
// variant that passes (so a row can keep a headed form, حي المعادي for المعادي), and the row is dropped
// when none passes.
//
//   node filter-names.mjs DRAFT.csv OUT.csv            write the rows that pass to OUT.csv (with header)
//   node filter-names.mjs --append DRAFT.csv OUT.csv   append them to OUT.csv (which must have DRAFT's header)
//   node filter-names.mjs --check FILE.csv             report, write nothing (exit 1 if a name fails)
//
// DRAFT.csv has the header of the curated file it feeds (curated-places.csv or curated-cities.csv).
// The report goes to stdout; each dropped name, with its reason, to stderr.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const LEX = path.join(REPO, 'ontology', 'lexicon');
const KB = path.join(REPO, 'ontology', 'kb');

// ---------------------------------------------------------------- folding (as org.rawabit.text.ArabicNormaliser)

function fold(s) {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0);
    if ('أإآٱٲٳ'.includes(ch)) out += 'ا';
    else if ('ىیې'.includes(ch)) out += 'ي';
    else if (ch === 'ئ') out += 'ي';
    else if (ch === 'ؤ') out += 'و';
    else if (ch === 'ة') out += 'ه';
    else if (ch === 'ک') out += 'ك';
    else if (ch === 'ـ' || (c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff) continue;
    else if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) continue;
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(48 + c - 0x0660);
    else out += ch.toLowerCase();
  }
  return out;
}

function stripArticle(w) {
  for (const p of ['لل', 'ال']) if (w.startsWith(p) && w.length - p.length >= 3) return w.slice(p.length);
  return w;
}

function nameKey(s) {
  let n = fold(s).replace(/[\p{P}\p{S}«»،؛؟"'`]+/gu, ' ').trim();
  n = n.replace(/(^|\s)عبد\s+ال/g, '$1عبدال');
  n = n.replace(/(^|\s)(ابو|بو|ابن|بن)\s+/g, '$1$2');
  return n.split(/\s+/).filter(Boolean).map(stripArticle).join(' ');
}

// ---------------------------------------------------------------- CSV


const csvField = (s) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
const lines = (f) => fs.readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

// ---------------------------------------------------------------- word lists

const common = new Set();
for (const w of lines(path.join(LEX, 'common-words.txt'))) { const f = fold(w); common.add(f); common.add(stripArticle(f)); }
const given = new Set();
for (const f of ['given-names.txt', 'ner-given-names.txt']) for (const w of lines(path.join(LEX, f))) given.add(nameKey(w));
const dates = new Set();
for (const l of lines(path.join(LEX, 'months.tsv'))) for (const w of l.split('\t')[1].split('|')) dates.add(nameKey(w.trim()));
for (const l of lines(path.join(LEX, 'time-nouns.tsv'))) { const [w, k] = l.split('\t'); if (k === 'day') dates.add(nameKey(w)); }

const kbType = new Map();
const PLACE_TYPES = new Set(['Country', 'City', 'Region', 'Place']);
function kbNames(exceptIds) {
  const byKey = new Map();
  for (const f of fs.readdirSync(KB).filter((x) => x.endsWith('.csv')).sort()) {
    for (const r of parseCsv(fs.readFileSync(path.join(KB, f), 'utf8'), f).rows) {
      if (exceptIds.has(r.id)) continue;
      kbType.set(r.id, r.type);
      for (const n of [r.label_ar, ...(r.variants_ar || '').split('|')].map((x) => (x || '').trim()).filter(Boolean)) {
        const k = nameKey(n);
        if (!byKey.has(k)) byKey.set(k, new Set());
        byKey.get(k).add(r.id);
      }
    }
  }
  return byKey;
}

// ---------------------------------------------------------------- main

const args = process.argv.slice(2);
const mode = args[0] === '--append' || args[0] === '--check' ? args.shift() : '--write';
const [input, output] = args;
if (!input || (mode !== '--check' && !output)) {
  console.error('usage: node filter-names.mjs [--append|--check] DRAFT.csv [OUT.csv]');
  process.exit(2);
}
const { header, rows } = parseCsv(fs.readFileSync(input, 'utf8'), input);
const inputIds = new Set(rows.map((r) => r.id));
const kb = kbNames(inputIds);

const names = (r) => [r.label_ar, ...(r.variants_ar || '').split('|')].map((x) => x.trim()).filter(Boolean);
// name keys used by more than one row of the input
const owners = new Map();
for (const r of rows) for (const k of new Set(names(r).map(nameKey))) owners.set(k, (owners.get(k) || 0) + 1);

function reason(name) {
  const k = nameKey(name);
  const f = fold(name).trim();
  if (!k.includes(' ') && (common.has(k) || common.has(f))) return 'common';
  if (common.has(f)) return 'common';
  if (given.has(k)) return 'given';
  if (dates.has(k)) return 'date';
  if (kb.has(k)) return `kb:${[...kb.get(k)].join('+')}`;
  if (owners.get(k) > 1) return 'twin';
  return null;
}

const stats = { rows: rows.length, kept: 0, droppedRows: 0, relabelled: 0, droppedVariants: 0, byReason: {} };
const out = [];
for (const r of rows) {
  const all = names(r);
  const good = [];
  // the label already names a known place: the row is that place again, or a homonym of it
  const lk = nameKey(r.label_ar);
  if (kb.has(lk) && [...kb.get(lk)].some((id) => PLACE_TYPES.has(kbType.get(id)))) {
    stats.droppedRows++;
    stats.byReason['kb-place'] = (stats.byReason['kb-place'] || 0) + 1;
    console.error(`${r.id}\t${r.label_ar}\tkb-place:${[...kb.get(lk)].join('+')}\t(row dropped)`);
    continue;
  }
  for (const n of all) {
    const why = reason(n);
    if (why) {
      const kind = why.split(':')[0];
      stats.byReason[kind] = (stats.byReason[kind] || 0) + 1;
      console.error(`${r.id}\t${n}\t${why}`);
    } else if (!good.includes(n)) good.push(n);
  }
  if (!good.length) { stats.droppedRows++; console.error(`${r.id}\t(row dropped)`); continue; }
  if (good[0] !== r.label_ar.trim()) { stats.relabelled++; console.error(`${r.id}\t(label now ${good[0]})`); }
  stats.droppedVariants += all.length - good.length - (good[0] !== r.label_ar.trim() && all.includes(r.label_ar.trim()) ? 1 : 0);
  out.push({ ...r, label_ar: good[0], variants_ar: good.slice(1).join('|') });
}
stats.kept = out.length;

console.log(`${path.basename(input)}: ${stats.rows} rows, ${stats.kept} kept, ${stats.droppedRows} dropped, ` +
  `${stats.relabelled} relabelled with a headed or other variant, ${stats.droppedVariants} other names dropped; ` +
  `failing names by reason: ${JSON.stringify(stats.byReason)}`);

if (mode === '--check') process.exit(stats.droppedRows || stats.relabelled || stats.droppedVariants ? 1 : 0);
const body = out.map((r) => header.map((h) => csvField(r[h] ?? '')).join(',')).join('\n') + (out.length ? '\n' : '');
if (mode === '--append') {
  const existing = fs.readFileSync(output, 'utf8');
  if (existing.split(/\r?\n/)[0].replace(/^\uFEFF/, '') !== header.join(',')) { console.error(`${output}: header differs from ${input}`); process.exit(2); }
  const sep = existing.endsWith('\n') ? '' : '\n';
  fs.writeFileSync(output, existing + sep + body);
} else {
  fs.writeFileSync(output, header.join(',') + '\n' + body);
}
