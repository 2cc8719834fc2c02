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

  // Edges are facts with readable names; co-mentions stay hidden until asked for.
  const edgeInfo = () => page.evaluate(() => window.rawabitExplorer.cy.edges().map((e) => ({ kind: e.data('kind'), label: e.data('label') })));
  let edgesNow = await edgeInfo();
  summary.edgeLabels = [...new Set(edgesNow.map((e) => e.label))];
  if (edgesNow.some((e) => e.kind !== 'fact')) fail('co-mention edges shown without the toggle: ' + JSON.stringify(edgesNow));
  if (!summary.edgeLabels.includes('يشغل منصب')) fail('no readable "holds post" edge: ' + JSON.stringify(summary.edgeLabels));
  if (summary.edgeLabels.some((l) => /^[a-z]+:/.test(l))) fail('an edge is labelled with a raw IRI: ' + JSON.stringify(summary.edgeLabels));

  // No two node labels overlap (long post names wrap and the layout makes room for them).
  const overlaps = () => page.evaluate(() => {
    const ns = window.rawabitExplorer.cy.nodes(':visible').map((n) => ({ label: n.data('label'), kind: n.data('kind'),
      b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    const out = [];
    for (let i = 0; i < ns.length; i++) for (let j = i + 1; j < ns.length; j++) {
      const a = ns[i].b, b = ns[j].b;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(ns[i].label + ' / ' + ns[j].label);
    }
    return { posts: ns.filter((n) => n.kind === 'post').length, overlaps: out };
  });
  summary.labelCheck = await overlaps();
  if (summary.labelCheck.posts < 1) fail('no post in the graph to check labels on');
  if (summary.labelCheck.overlaps.length) fail('node labels overlap: ' + summary.labelCheck.overlaps.join(' | '));

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

  // The co-mention toggle adds dashed co-mention edges.
  await page.check('#comentions');
  await page.waitForFunction(() => window.rawabitExplorer.cy.edges('[kind = "co-mention"]').length > 0
      && document.body.dataset.state === 'ready', null, { timeout: 15_000 });
  summary.coMentionEdges = await page.evaluate(() => window.rawabitExplorer.cy.edges('[kind = "co-mention"]').length);
  await page.locator('#cy').screenshot({ path: join(outDir, 'explore-graph-comentions.png') });
  await page.uncheck('#comentions');
  await page.waitForFunction(() => window.rawabitExplorer.cy.edges('[kind = "co-mention"]').length === 0
      && document.body.dataset.state === 'ready', null, { timeout: 15_000 });

  // Filter by type: places disappear from the graph.
  await page.uncheck('#kinds input[value=place]');
  summary.visiblePlaces = await page.evaluate(() => window.rawabitExplorer.cy.nodes('[kind = "place"]:visible').length);
  if (summary.visiblePlaces !== 0) fail('places still shown after filtering them out');
  await page.check('#kinds input[value=place]');

  // Filter by article: the graph shows what one article says, and the article opens with its entities highlighted.
  summary.articleOptions = await page.locator('#doc-filter option').count();
  if (summary.articleOptions < 2) fail('the article filter lists no article');
  const docIri = await page.locator('#doc-filter option').nth(1).getAttribute('value');
  await page.selectOption('#doc-filter', docIri);
  await page.waitForFunction(() => !document.querySelector('#tab-article').hidden
      && document.querySelectorAll('#article-text mark.ent').length > 0 && document.body.dataset.state === 'ready', null, { timeout: 15_000 });
  summary.articleMarks = await page.locator('#article-text mark.ent').count();
  summary.articleMarkedNames = await page.locator('#article-text mark.ent.person').allInnerTexts();
  if (!summary.articleMarkedNames.some((t) => t.includes('حموشي'))) fail('the article view does not highlight حموشي: ' + JSON.stringify(summary.articleMarkedNames));
  await page.screenshot({ path: join(outDir, 'explore-article.png') });

  // The timeline of a dated event: search by the body's name with a clitic, open the session.
  await page.fill('#q', 'والإنتربول');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.querySelector('#results-title').textContent.includes('والإنتربول')
      && document.body.dataset.state === 'ready', null, { timeout: 15_000 });
  summary.cliticResults = await page.locator('#results li button').allInnerTexts();
  summary.cliticArticles = await page.locator('#articles li').count();
  if (!summary.cliticResults.some((t) => t.includes('الإنتربول'))) fail('search with a clitic found no الإنتربول: ' + JSON.stringify(summary.cliticResults));
  if (summary.cliticArticles < 1) fail('search with a clitic found no article');
  const eventButton = page.locator('#results li button.event').first();
  await eventButton.click();
  await page.waitForFunction(() => document.querySelectorAll('#timeline li time').length > 0 && document.body.dataset.state === 'ready',
    null, { timeout: 15_000 });
  await page.click('#tabs [data-tab=timeline]');
  summary.timeline = await page.locator('#timeline li time').allInnerTexts();
  if (!summary.timeline.some((t) => /^\d{4}-\d{2}-\d{2}/.test(t))) fail('timeline has no dated event: ' + JSON.stringify(summary.timeline));
  await page.screenshot({ path: join(outDir, 'explore-timeline.png') });

  // A phone-sized window (390 px): nothing wider than the screen, the graph still draws.
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  phone.on('pageerror', (e) => errors.push('phone: ' + String(e)));
  const centre = await page.evaluate(() => window.rawabitExplorer.state.center);
  await phone.goto(base + '/explore/#iri=' + encodeURIComponent(centre), { waitUntil: 'load' });
  await phone.waitForFunction(() => window.rawabitExplorer.cy && window.rawabitExplorer.cy.nodes().length > 1
      && document.body.dataset.state === 'ready', null, { timeout: 20_000 });
  summary.phone = await phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth,
    cyWidth: Math.round(document.querySelector('#cy').getBoundingClientRect().width),
    searchVisible: document.querySelector('#q').getBoundingClientRect().width > 150 }));
  if (summary.phone.scrollWidth > 390) fail('page is wider than a 390 px screen: ' + summary.phone.scrollWidth);
  if (summary.phone.cyWidth < 300 || !summary.phone.searchVisible) fail('graph or search box squeezed at 390 px: ' + JSON.stringify(summary.phone));
  await phone.screenshot({ path: join(outDir, 'explore-phone.png'), fullPage: true });
  await phone.close();

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
