// Rawabit explorer: full-text search, an entity with the facts that link it (Cytoscape.js), its
// mentions, its timeline, and articles with their entities highlighted.
(function () {
  'use strict';

  const api = (path, params) => {
    const url = new URL('api/' + path, document.baseURI);
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v); });
    return fetch(url, { headers: { Accept: 'application/json' } }).then(async (r) => {
      const body = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
      return body;
    });
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v;
      else if (k.startsWith('data-') || k.startsWith('aria-')) e.setAttribute(k, v);
      else e[k] = v;
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  };

  const COLOURS = { person: '#1f77b4', organization: '#2ca02c', place: '#d62728', event: '#9467bd', post: '#8c564b', other: '#7f7f7f' };
  const KIND_AR = { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث', post: 'منصب', other: 'كيان',
    date: 'تاريخ', quantity: 'عدد' };

  const state = { center: null, selected: null, doc: '', loading: 0 };
  let cy = null;

  function busy(delta) {
    state.loading += delta;
    document.body.dataset.state = state.loading > 0 ? 'loading' : 'ready';
  }

  function status(msg) {
    $('status').textContent = msg || '';
  }

  function showTab(name) {
    document.querySelectorAll('#tabs [role=tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
    ['mentions', 'timeline', 'article'].forEach((t) => { $('tab-' + t).hidden = t !== name; });
  }

  // ---- search

  function renderResults(title, results, articles) {
    $('results-title').textContent = title;
    const list = $('results');
    list.replaceChildren();
    if (!results.length) list.append(el('li', { class: 'empty' }, 'لا كيانات.'));
    results.forEach((r) => {
      const b = el('button', { type: 'button', class: r.kind, title: r.iri, 'data-iri': r.iri },
        el('span', { class: 'ar' }, r.label),
        r.labelEn && r.labelEn !== r.label ? el('span', { class: 'en', lang: 'en' }, r.labelEn) : '',
        el('span', { class: 'count' }, KIND_AR[r.kind] + ' · ' + r.mentions + ' إشارة'));
      b.addEventListener('click', () => showEntity(r.iri));
      list.append(el('li', {}, b));
    });
    const al = $('articles');
    al.replaceChildren();
    $('articles-title').hidden = !(articles && articles.length);
    (articles || []).forEach((a) => {
      const b = el('button', { type: 'button', class: 'article', 'data-doc': a.iri },
        el('span', { class: 'ar' }, a.headline || a.id.replace(/^rwdoc:/, '')), a.date ? el('span', { class: 'count' }, a.date) : '');
      b.addEventListener('click', () => showArticle(a.iri));
      al.append(el('li', {}, b));
    });
  }

  async function search(q) {
    busy(1);
    status('');
    try {
      const res = await api('search', q ? { q } : {});
      renderResults(q ? 'نتائج «' + q + '»' : 'الكيانات الأكثر ذكرًا', res.results, res.articles);
      return res.results;
    } catch (e) {
      status('تعذر البحث: ' + e.message);
      return [];
    } finally {
      busy(-1);
    }
  }

  // ---- graph

  function graphElements(data) {
    const nodes = data.nodes.map((n) => ({
      data: { id: n.iri, label: n.label, labelEn: n.labelEn || '', kind: n.kind, mentions: n.mentions || 0, center: !!n.center },
    }));
    const edges = data.edges.map((e, i) => ({
      data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, label: e.label, labelEn: e.labelEn || '',
        weight: e.kind === 'co-mention' ? Math.min(6, 1 + (e.sentences || 0)) : 2 },
    }));
    return nodes.concat(edges);
  }

  function ensureCy() {
    if (cy) return cy;
    cy = cytoscape({
      container: $('cy'),
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        { selector: 'node', style: {
          'background-color': (n) => COLOURS[n.data('kind')] || COLOURS.other,
          label: 'data(label)', 'font-family': 'Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif',
          'font-size': 12, color: '#1d1d1b', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': 110,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
          width: (n) => 16 + Math.min(20, 3 * Math.sqrt(n.data('mentions') || 0)),
          height: (n) => 16 + Math.min(20, 3 * Math.sqrt(n.data('mentions') || 0)),
          'border-width': 2, 'border-color': '#ffffff',
        } },
        { selector: 'node[kind = "post"]', style: { shape: 'round-rectangle' } },
        { selector: 'node[?center]', style: { 'border-width': 4, 'border-color': '#1d1d1b', 'font-size': 14, 'font-weight': 'bold' } },
        { selector: 'node:selected', style: { 'border-color': '#f0a500', 'border-width': 5 } },
        { selector: 'edge', style: {
          width: 'data(weight)', 'line-color': '#555', 'curve-style': 'bezier', opacity: 0.9,
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#555', label: 'data(label)',
          'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9,
          'text-background-padding': 1,
        } },
        { selector: 'edge[kind = "co-mention"]', style: {
          'line-color': '#c8c4bb', 'line-style': 'dashed', 'target-arrow-shape': 'none', color: '#888',
        } },
      ],
    });
    cy.on('tap', 'node', (ev) => { showMentions(ev.target.id()); showTimeline(ev.target.id()); });
    cy.on('dbltap', 'node', (ev) => { if (ev.target.id() !== state.center) showEntity(ev.target.id()); });
    window.rawabitExplorer.cy = cy;
    return cy;
  }

  function hiddenKinds() {
    return new Set([...document.querySelectorAll('#kinds input')].filter((i) => !i.checked).map((i) => i.value));
  }

  function applyKindFilter() {
    if (!cy) return;
    const hidden = hiddenKinds();
    cy.batch(() => cy.nodes().forEach((n) => {
      n.style('display', !n.data('center') && hidden.has(n.data('kind')) ? 'none' : 'element');
    }));
  }

  function layout() {
    cy.elements(':visible').layout({
      name: 'concentric', animate: false, fit: true, padding: 30, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
      spacingFactor: 1.1, minNodeSpacing: 20,
      concentric: (n) => (n.data('center') ? 3 : n.connectedEdges('[kind = "fact"]').length ? 2 : 1), levelWidth: () => 1,
    }).run();
    // A graph of two or three nodes would otherwise be blown up to the maximum zoom.
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
  }

  function fillDocFilter(docs) {
    const sel = $('doc-filter');
    sel.replaceChildren(el('option', { value: '' }, 'كل المقالات (' + docs.length + ')'));
    docs.forEach((d) => sel.append(el('option', { value: d.iri }, (d.headline || d.id.replace(/^rwdoc:/, '')).slice(0, 60))));
    sel.value = docs.some((d) => d.iri === state.doc) ? state.doc : '';
  }

  async function showEntity(iri) {
    busy(1);
    status('');
    try {
      if (iri !== state.center) state.doc = '';
      const data = await api('entity', { iri, comentions: $('comentions').checked ? 1 : '', doc: state.doc });
      state.center = iri;
      const e = data.entity;
      $('entity-title').textContent = e.label + (e.labelEn && e.labelEn !== e.label ? ' — ' + e.labelEn : '');
      const meta = $('entity-meta');
      const facts = data.edges.filter((x) => x.kind === 'fact').length;
      meta.replaceChildren(KIND_AR[e.kind] + ' · ' + e.mentions + ' إشارة في ' + e.documents + ' مقال · ' + facts + ' علاقة');
      (e.sameAs || []).forEach((s) => meta.append(' · ', el('a', { href: s, rel: 'noopener', target: '_blank', lang: 'en' }, s.replace(/^.*\//, 'wd:'))));
      if (e.altLabels && e.altLabels.length) meta.append(' · أسماء أخرى: ' + e.altLabels.join('، '));
      fillDocFilter(data.documents || []);
      const g = ensureCy();
      g.elements().remove();
      g.add(graphElements(data));
      applyKindFilter();
      layout();
      g.$id(iri).select();
      history.replaceState(null, '', '#iri=' + encodeURIComponent(iri));
      await Promise.all([showMentions(iri), showTimeline(iri)]);
    } catch (err) {
      status('تعذر عرض الكيان: ' + err.message);
    } finally {
      busy(-1);
    }
  }

  // ---- mentions

  async function showMentions(iri) {
    busy(1);
    try {
      const data = await api('mentions', { iri });
      state.selected = iri;
      if (cy) { cy.$(':selected').unselect(); cy.$id(iri).select(); }
      $('mentions-title').textContent = 'إشارات «' + data.entity.label + '» (' + data.mentions.length + ')';
      const list = $('mentions');
      list.replaceChildren();
      data.mentions.forEach((m) => {
        const d = m.document;
        const open = el('button', { type: 'button', class: 'link', 'data-doc': d.iri }, d.headline || d.id.replace(/^rwdoc:/, ''));
        open.addEventListener('click', () => showArticle(d.iri));
        const docLine = el('div', { class: 'doc' }, open, d.date ? ' · ' + d.date : '', d.source ? ' · ' + d.source : '');
        const sentence = el('p', { class: 'sentence', dir: 'rtl' }, m.before, el('mark', {}, m.match), m.after);
        list.append(el('li', { 'data-doc': d.iri }, docLine, sentence));
      });
      if (!data.mentions.length) list.append(el('li', {}, 'لا إشارات مسجلة لهذا الكيان.'));
    } catch (err) {
      status('تعذر عرض الإشارات: ' + err.message);
    } finally {
      busy(-1);
    }
  }

  // ---- timeline

  async function showTimeline(iri) {
    busy(1);
    try {
      const data = await api('timeline', { iri });
      $('timeline-title').textContent = 'الخط الزمني لـ«' + data.entity.label + '» (' + data.items.length + ')';
      const list = $('timeline');
      list.replaceChildren();
      data.items.forEach((it) => {
        const when = it.start ? (it.end && it.end !== it.start ? it.start + ' – ' + it.end : it.start) : (it.end || '');
        const what = it.kind === 'quotation'
          ? el('p', { class: 'quote' }, it.relation + ': «' + it.label + '»')
          : el('p', {}, (it.relation ? it.relation + ' · ' : '') + (it.label || ''));
        const li = el('li', { class: it.kind }, el('time', { dateTime: when.split(' ')[0] }, when), what);
        if (it.kind === 'event') {
          const b = el('button', { type: 'button', class: 'link' }, 'اعرض الحدث');
          b.addEventListener('click', () => showEntity(it.event));
          li.append(b);
        } else if (it.document) {
          const b = el('button', { type: 'button', class: 'link' }, it.headline || 'المقال');
          b.addEventListener('click', () => showArticle(it.document));
          li.append(b);
        }
        list.append(li);
      });
      if (!data.items.length) list.append(el('li', {}, 'لا أحداث مؤرخة لهذا الكيان.'));
    } catch (err) {
      status('تعذر عرض الخط الزمني: ' + err.message);
    } finally {
      busy(-1);
    }
  }

  // ---- article

  async function showArticle(doc) {
    busy(1);
    try {
      const a = await api('article', { iri: doc });
      $('article-title').textContent = a.headline || a.id.replace(/^rwdoc:/, '');
      $('article-meta').textContent = [a.date, a.source, a.mentions.filter((m) => m.entity).length + ' إشارة إلى كيانات'].filter(Boolean).join(' · ');
      const box = $('article-text');
      box.replaceChildren();
      let at = 0;
      const text = a.text;
      a.mentions.filter((m) => m.begin >= at && m.end <= text.length && m.end > m.begin).forEach((m) => {
        if (m.begin < at) return;
        box.append(text.slice(at, m.begin));
        const mark = el('mark', { class: 'ent ' + m.kind, title: (m.label || '') + ' · ' + (KIND_AR[m.kind] || m.kind) }, text.slice(m.begin, m.end));
        if (m.entity) {
          mark.dataset.iri = m.entity;
          mark.tabIndex = 0;
          mark.addEventListener('click', () => { state.doc = doc; showEntityInArticle(m.entity, doc); });
        }
        box.append(mark);
        at = m.end;
      });
      box.append(text.slice(at));
      showTab('article');
    } catch (err) {
      status('تعذر عرض المقال: ' + err.message);
    } finally {
      busy(-1);
    }
  }

  async function showEntityInArticle(iri, doc) {
    state.center = iri;
    state.doc = doc;
    await showEntity(iri);
    showTab('article');
  }

  // ---- start

  window.rawabitExplorer = { cy: null, state, search, showEntity, showMentions, showTimeline, showArticle };

  document.addEventListener('DOMContentLoaded', async () => {
    document.body.dataset.state = 'ready';
    $('search').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const q = $('q').value.trim();
      const results = await search(q);
      if (results.length === 1) showEntity(results[0].iri);
    });
    document.querySelectorAll('#tabs [role=tab]').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
    document.querySelectorAll('#kinds input').forEach((i) => i.addEventListener('change', () => { applyKindFilter(); if (cy) layout(); }));
    $('comentions').addEventListener('change', () => { if (state.center) showEntity(state.center); });
    $('doc-filter').addEventListener('change', (ev) => {
      state.doc = ev.target.value;
      if (state.center) showEntity(state.center);
      if (state.doc) showArticle(state.doc);
    });
    const m = /#iri=([^&]+)/.exec(location.hash);
    await search('');
    if (m) showEntity(decodeURIComponent(m[1]));
  });
})();
