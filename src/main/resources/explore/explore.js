// Rawabit explorer: search an entity, see it with its neighbours (Cytoscape.js), read its mentions.
(function () {
  'use strict';

  const api = (path, params) => {
    const url = new URL('api/' + path, document.baseURI);
    Object.entries(params || {}).forEach(([k, v]) => url.searchParams.set(k, v));
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
      else if (k.startsWith('data-')) e.setAttribute(k, v);
      else e[k] = v;
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  };

  const COLOURS = { person: '#1f77b4', organization: '#2ca02c', place: '#d62728', event: '#9467bd', post: '#8c564b', other: '#7f7f7f' };
  const KIND_AR = { person: 'شخص', organization: 'منظمة', place: 'مكان', event: 'حدث', post: 'منصب', other: 'كيان' };

  const state = { center: null, selected: null, loading: 0 };
  let cy = null;

  function busy(delta) {
    state.loading += delta;
    document.body.dataset.state = state.loading > 0 ? 'loading' : 'ready';
  }

  function status(msg) {
    $('status').textContent = msg || '';
  }

  // ---- search

  function renderResults(title, results) {
    $('results-title').textContent = title;
    const list = $('results');
    list.replaceChildren();
    if (!results.length) {
      list.append(el('li', { class: 'empty' }, 'لا نتائج.'));
      return;
    }
    results.forEach((r) => {
      const b = el('button', { type: 'button', class: r.kind, title: r.iri, 'data-iri': r.iri },
        el('span', { class: 'ar' }, r.label),
        r.labelEn && r.labelEn !== r.label ? el('span', { class: 'en', lang: 'en' }, r.labelEn) : '',
        el('span', { class: 'count' }, KIND_AR[r.kind] + ' · ' + r.mentions + ' إشارة'));
      b.addEventListener('click', () => showEntity(r.iri));
      list.append(el('li', {}, b));
    });
  }

  async function search(q) {
    busy(1);
    status('');
    try {
      const res = await api('search', q ? { q } : {});
      renderResults(q ? 'نتائج «' + q + '»' : 'الكيانات الأكثر ذكرًا', res.results);
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
    // Neighbours linked directly or named in the same sentence sit on the inner ring.
    const close = new Set();
    data.edges.forEach((e) => { if (e.kind === 'link' || e.sentences > 0) { close.add(e.source); close.add(e.target); } });
    const nodes = data.nodes.map((n) => ({
      data: { id: n.iri, label: n.label, labelEn: n.labelEn || '', kind: n.kind, mentions: n.mentions || 0, center: !!n.center,
        ring: n.center ? 3 : close.has(n.iri) ? 2 : 1 },
    }));
    const edges = data.edges.map((e, i) => ({
      data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, label: e.label,
        weight: e.kind === 'co-mention' ? Math.min(8, 1 + (e.sentences || 0) + (e.documents || 0) / 2) : 2 },
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
          'font-size': 13, color: '#1d1d1b', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2,
          width: (n) => 18 + Math.min(22, 3 * Math.sqrt(n.data('mentions') || 0)),
          height: (n) => 18 + Math.min(22, 3 * Math.sqrt(n.data('mentions') || 0)),
          'border-width': 2, 'border-color': '#ffffff',
        } },
        { selector: 'node[?center]', style: { 'border-width': 4, 'border-color': '#1d1d1b', 'font-size': 16, 'font-weight': 'bold' } },
        { selector: 'node:selected', style: { 'border-color': '#f0a500', 'border-width': 5 } },
        { selector: 'edge', style: {
          width: 'data(weight)', 'line-color': '#c8c4bb', 'curve-style': 'bezier', opacity: 0.85,
        } },
        { selector: 'edge[kind = "link"]', style: {
          'line-color': '#444', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#444', label: 'data(label)',
          'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9,
        } },
      ],
    });
    cy.on('tap', 'node', (ev) => showMentions(ev.target.id()));
    cy.on('dbltap', 'node', (ev) => { if (ev.target.id() !== state.center) showEntity(ev.target.id()); });
    window.rawabitExplorer.cy = cy;
    return cy;
  }

  async function showEntity(iri) {
    busy(1);
    status('');
    try {
      const data = await api('entity', { iri });
      state.center = iri;
      const e = data.entity;
      $('entity-title').textContent = e.label + (e.labelEn && e.labelEn !== e.label ? ' — ' + e.labelEn : '');
      const meta = $('entity-meta');
      meta.replaceChildren(KIND_AR[e.kind] + ' · ' + e.mentions + ' إشارة في ' + e.documents + ' مقال' +
        ' · ' + (data.nodes.length - 1) + ' جار');
      (e.sameAs || []).forEach((s) => meta.append(' · ', el('a', { href: s, rel: 'noopener', target: '_blank', lang: 'en' }, s.replace(/^.*\//, 'wd:'))));
      if (e.altLabels && e.altLabels.length) meta.append(' · أسماء أخرى: ' + e.altLabels.join('، '));
      const g = ensureCy();
      g.elements().remove();
      g.add(graphElements(data));
      g.layout({
        name: 'concentric', animate: false, fit: true, padding: 40, minNodeSpacing: 45,
        concentric: (n) => n.data('ring'), levelWidth: () => 1,
      }).run();
      g.$id(iri).select();
      history.replaceState(null, '', '#iri=' + encodeURIComponent(iri));
      await showMentions(iri);
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
        const docLine = el('div', { class: 'doc' }, d.headline || d.id.replace(/^rwdoc:/, ''),
          d.date ? ' · ' + d.date : '', d.source ? ' · ' + d.source : '');
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

  // ---- start

  window.rawabitExplorer = { cy: null, state, search, showEntity, showMentions };

  document.addEventListener('DOMContentLoaded', async () => {
    document.body.dataset.state = 'ready';
    $('search').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const q = $('q').value.trim();
      const results = await search(q);
      if (results.length === 1) showEntity(results[0].iri);
    });
    const m = /#iri=([^&]+)/.exec(location.hash);
    await search('');
    if (m) showEntity(decodeURIComponent(m[1]));
  });
})();
