// RFC 4180 CSV reading shared by build-kb.mjs and filter-names.mjs.

/** Parses CSV text with a header line: { header, rows }, each row an object keyed by the header's names. */
export function parseCsv(text, file) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) throw new Error(`${file}: unterminated quoted field`);
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const header = rows.shift();
  return {
    header,
    rows: rows
      .filter((r) => !(r.length === 1 && r[0] === ''))
      .map((r, n) => {
        if (r.length !== header.length) throw new Error(`${file}: line ${n + 2} has ${r.length} fields, expected ${header.length}`);
        return Object.fromEntries(header.map((h, k) => [h, r[k]]));
      }),
  };
}
