// End-to-end check of the explorer page in headless Chromium (Debian's /usr/bin/chromium via playwright-core).
// Usage: node explore.test.mjs BASE_URL OUT_DIR    (BASE_URL like http://127.0.0.1:PORT)
// Prints one JSON line with what it saw; exits non-zero on the first failed check.
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, outDir] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node explore.test.mjs BASE_URL OUT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'rawabit-chromium-'));
const summary = {};
const fail = (msg) => { throw new Error(msg); };
const watchdog = setTimeout(() => { console.error('browser test: gave up after 90 s'); process.exit(3); }, 90_000);

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'ar',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  const external = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url()); });

  await page.goto(base + '/explore/', { waitUntil: 'load' });
  summary.dir = await page.evaluate(() => document.documentElement.dir);
  summary.lang = await page.evaluate(() => document.documentElement.lang);
  if (summary.dir !== 'rtl') fail('page is not right-to-left: dir=' + summary.dir);
  summary.cytoscapeLoaded = await page.evaluate(() => typeof window.cytoscape === 'function');
  if (!summary.cytoscapeLoaded) fail('Cytoscape.js did not load from /explore/lib/');
  await page.waitForSelector('#results li button', { timeout: 15_000 });
  summary.topEntities = await page.locator('#results li button').count();

  // Search by an English name.
  await page.fill('#q', 'interpol');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.querySelector('#results-title').textContent.includes('interpol'), null, { timeout: 15_000 });
  summary.englishResults = await page.locator('#results li button').allInnerTexts();
  if (!summary.englishResults.some((t) => t.includes('الإنتربول'))) fail('English search found no الإنتربول: ' + JSON.stringify(summary.englishResults));

  // Search by an Arabic name and open the first result.
  await page.fill('#q', 'حموشي');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.querySelector('#results-title').textContent.includes('حموشي'), null, { timeout: 15_000 });
  summary.arabicResults = await page.locator('#results li button').allInnerTexts();
  await page.locator('#results li button').first().click();
  await page.waitForFunction(() => window.rawabitExplorer.cy && window.rawabitExplorer.cy.nodes().length > 1
      && document.body.dataset.state === 'ready', null, { timeout: 20_000 });
  summary.title = await page.textContent('#entity-title');
  if (!summary.title.includes('حموشي')) fail('entity title does not name حموشي: ' + summary.title);
  summary.nodes = await page.evaluate(() => window.rawabitExplorer.cy.nodes().length);
  summary.edges = await page.evaluate(() => window.rawabitExplorer.cy.edges().length);
  if (summary.nodes < 2 || summary.edges < 1) fail('graph has too few elements: ' + summary.nodes + ' nodes, ' + summary.edges + ' edges');

  // The canvas really has a drawing on it: count non-white pixels of Cytoscape's canvases.
  summary.inkPixels = await page.evaluate(() => {
    let ink = 0;
    document.querySelectorAll('#cy canvas').forEach((c) => {
      if (!c.width || !c.height) return;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) ink++;
    });
    return ink;
  });
  if (summary.inkPixels < 500) fail('graph canvas is (nearly) empty: ' + summary.inkPixels + ' coloured pixels');

  // Mentions of the centre entity are listed with the mention highlighted in its sentence.
  await page.waitForSelector('#mentions li mark', { timeout: 15_000 });
  summary.mentions = await page.locator('#mentions li').count();
  summary.firstMark = await page.locator('#mentions li mark').first().textContent();
  if (!summary.firstMark.includes('حموشي')) fail('highlighted mention is not حموشي: ' + summary.firstMark);

  const shot = await page.locator('#cy').screenshot({ path: join(outDir, 'explore-graph.png') });
  summary.screenshotBytes = shot.length;
  await page.screenshot({ path: join(outDir, 'explore-page.png') });

  // Click a neighbour node on the canvas: its mentions replace the list.
  const target = await page.evaluate(() => {
    const cy = window.rawabitExplorer.cy;
    const n = cy.nodes().filter((x) => !x.data('center') && x.data('mentions') > 0).first();
    const p = n.renderedPosition();
    const box = document.querySelector('#cy').getBoundingClientRect();
    return { id: n.id(), label: n.data('label'), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((label) => document.querySelector('#mentions-title').textContent.includes(label)
      && document.querySelectorAll('#mentions li mark').length > 0, target.label, { timeout: 15_000 });
  summary.clickedNode = target.label;
  summary.clickedMentions = await page.locator('#mentions li').count();

  summary.errors = errors;
  summary.externalRequests = external;
  if (errors.length) fail('page errors: ' + errors.join(' | '));
  if (external.length) fail('page requested other hosts: ' + external.join(' '));
  // The Fuseki UI (jena-fuseki-ui through FMod_UI) lists the dataset and opens its query page.
  const ui = await context.newPage();
  await ui.goto(base + '/#/dataset/rawabit/query', { waitUntil: 'load' });
  await ui.waitForFunction(() => document.body.innerText.includes('/rawabit') && document.body.innerText.includes('SPARQL'),
    null, { timeout: 20_000 });
  summary.fusekiUi = await ui.title();
  await ui.close();

  writeFileSync(join(outDir, 'explore-summary.json'), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
} catch (e) {
  console.error('browser test failed: ' + e.message);
  console.error(JSON.stringify(summary));
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
