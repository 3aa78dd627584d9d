// The Source Comparison webview (src/extension/views/compare.ts sends the data). Everything is
// built with DOM APIs and textContent: article text never becomes markup. Charts are inline SVG
// coloured by CSS classes (theme variables), so they follow the user's theme.
//
// Keyboard: every point and every row is a button (Tab to it, Enter or Space opens the quote in
// its source); hovering or focusing a point shows the quote beside it.
/* global acquireVsCodeApi, document, window, requestAnimationFrame */
'use strict';

(function main() {
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const app = document.getElementById('app');
  const tip = document.getElementById('tip');
  const COLOURS = 5; // .o0-.o4 in compare.css; red is kept for conflicts
  const SHAPES = ['circle', 'square', 'triangle'];
  let state = null;
  let outlets = new Map();

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'data') {
      state = message;
      render();
    } else if (message && message.type === 'error') {
      clear(app);
      app.append(el('p', 'empty', `The comparison could not be made: ${message.message}`));
    }
  });
  let resizeQueued = false;
  window.addEventListener('resize', () => {
    if (resizeQueued || state === null) return;
    resizeQueued = true;
    requestAnimationFrame(() => {
      resizeQueued = false;
      render();
    });
  });
  vscode.postMessage({ type: 'ready' });

  // --- Building blocks ---------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(tag, attrs, parent) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.append(node);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.firstChild.remove();
  }

  function outletOf(claim) {
    return claim.outlet || claim.title || claim.uri.split('/').pop();
  }

  /** A stable colour and shape per outlet, in order of first appearance. */
  function styleOf(name) {
    let i = outlets.get(name);
    if (i === undefined) {
      i = outlets.size;
      outlets.set(name, i);
    }
    return { colour: `o${i % COLOURS}`, shape: SHAPES[Math.floor(i / COLOURS) % SHAPES.length] };
  }

  function marker(parent, x, y, name, r) {
    const { colour, shape } = styleOf(name);
    const cls = `mark ${colour}`;
    if (shape === 'square') return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: cls }, parent);
    if (shape === 'triangle') return svg('path', { d: `M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.8}L${x - r * 1.1} ${y + r * 0.8}Z`, class: cls }, parent);
    return svg('circle', { cx: x, cy: y, r, class: cls }, parent);
  }

  const VERDICT_TEXT = { agree: 'Agree', conflict: 'Conflict', evolving: 'Evolving' };
  const VERDICT_HELP = {
    agree: 'the sources give the same or compatible values',
    conflict: 'some sources give values that cannot both be true for the same date',
    evolving: 'a running total that changes as time passes',
  };

  function badge(verdict) {
    const b = el('span', `badge ${verdict}`, VERDICT_TEXT[verdict] || verdict);
    b.title = VERDICT_HELP[verdict] || '';
    return b;
  }

  function qualified(claim) {
    const q = claim.qualifier;
    const value = formatNumber(claim.value) + (claim.valueMax !== null && claim.valueMax !== undefined ? `–${formatNumber(claim.valueMax)}` : '');
    return q ? `${q} ${value}` : value;
  }

  function formatNumber(n) {
    return typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(n);
  }

  /** Makes a node a button that opens a claim: click, Enter or Space. */
  function opens(node, kind, fact, claim, label, tipLines) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', label);
    const open = () => vscode.postMessage({ type: 'open', kind, fact, claim });
    node.addEventListener('click', open);
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    if (tipLines) {
      node.addEventListener('mouseenter', () => showTip(node, tipLines));
      node.addEventListener('mouseleave', hideTip);
      node.addEventListener('focus', () => showTip(node, tipLines));
      node.addEventListener('blur', hideTip);
    }
  }

  function showTip(node, lines) {
    clear(tip);
    lines.forEach((line, i) => tip.append(el(i === 0 ? 'strong' : 'div', i === lines.length - 1 && lines.length > 2 ? 'quote' : '', line)));
    tip.hidden = false;
    // Beside the point (right, else left), so the tip hides as little of its chart as it can.
    const box = node.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const tipWidth = Math.min(width, tip.offsetWidth);
    const right = box.right + 12;
    const left = right + tipWidth <= window.innerWidth - 8 ? right : Math.max(8, box.left - 12 - tipWidth);
    tip.style.left = `${left + window.scrollX}px`;
    const top = Math.max(8, Math.min(box.top + box.height / 2 - tip.offsetHeight / 2, window.innerHeight - tip.offsetHeight - 8));
    tip.style.top = `${top + window.scrollY}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  // --- Scales ------------------------------------------------------------------------------------

  const DAY = 86400000;
  function toTime(day) {
    return Date.parse(`${day}T00:00:00Z`);
  }
  function dayOfClaim(claim) {
    const v = claim.asOf || claim.published;
    if (!v) return null;
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v);
    return m ? `${m[1]}-${m[2]}-${m[3] || '01'}` : null;
  }
  function shortDate(t) {
    return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }
  function timeScale(days, x0, x1) {
    const times = days.map(toTime);
    let lo = Math.min(...times);
    let hi = Math.max(...times);
    if (hi - lo < 2 * DAY) {
      lo -= DAY;
      hi += DAY;
    }
    const pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
    const at = (t) => x0 + ((t - lo) / (hi - lo)) * (x1 - x0);
    const span = hi - lo;
    const step = Math.max(1, Math.ceil(span / DAY / Math.max(2, Math.floor((x1 - x0) / 90)))) * DAY;
    const ticks = [];
    for (let t = Math.ceil(lo / DAY) * DAY; t <= hi; t += step) ticks.push(t);
    return { at, ticks };
  }
  function niceMax(v) {
    if (v <= 0) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  // --- The view ----------------------------------------------------------------------------------

  function render() {
    const { data, scope } = state;
    const scrollY = window.scrollY;
    const focusedId = document.activeElement && document.activeElement.id;
    outlets = new Map();
    for (const f of data.facts) for (const c of f.claims) styleOf(outletOf(c));
    for (const e of data.events) for (const c of e.claims) styleOf(outletOf(c));
    clear(app);
    hideTip();

    const header = el('header');
    header.append(el('h1', '', 'Source Comparison'));
    const conflicts = data.facts.filter((f) => f.verdict === 'conflict').length + data.events.filter((e) => e.verdict === 'conflict').length;
    const summary = el('p', 'summary');
    summary.append(el('span', 'scope', scope), document.createTextNode(
      ` · ${data.sources} ${data.sources === 1 ? 'source' : 'sources'} · ${data.facts.length} figures and ${data.events.length} event dates compared · `));
    summary.append(el('span', conflicts > 0 ? 'conflicts' : 'no-conflicts', `${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}`));
    header.append(summary);
    const refresh = el('button', 'refresh', 'Refresh');
    refresh.id = 'refresh';
    refresh.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
    header.append(refresh);
    app.append(header);
    if (outlets.size > 0) app.append(legend());
    if (data.truncated) app.append(el('p', 'note', 'Only the first facts and claims are shown: narrow the comparison to a folder to see all of them.'));
    if (data.facts.length === 0 && data.events.length === 0) {
      app.append(el('p', 'empty', 'No figure or event date is reported by two or more of these sources yet.'));
      reportRendered();
      return;
    }
    if (data.timeline.length > 0) app.append(timelineSection(data));
    if (data.facts.length > 0) {
      const section = el('section', 'figures');
      section.setAttribute('aria-labelledby', 'figures-h');
      const h = el('h2', '', 'Figures across sources');
      h.id = 'figures-h';
      section.append(h);
      data.facts.forEach((fact, f) => section.append(factCard(fact, f)));
      app.append(section);
    }
    if (data.events.length > 0) app.append(eventsSection(data));
    window.scrollTo(0, scrollY);
    if (focusedId) document.getElementById(focusedId)?.focus();
    reportRendered();
  }

  /** What is on screen, for the extension (its tests read it): counts, never text. */
  function reportRendered() {
    vscode.postMessage({
      type: 'rendered',
      facts: state.data.facts.length,
      events: state.data.events.length,
      charts: app.querySelectorAll('article.fact svg.chart').length,
      points: app.querySelectorAll('.point[role="button"]').length,
      rows: app.querySelectorAll('tr[role="button"]').length,
      conflicts: app.querySelectorAll('.conflict-ring').length,
    });
  }

  function legend() {
    const list = el('ul', 'legend');
    list.setAttribute('aria-label', 'Outlets');
    for (const name of outlets.keys()) {
      const item = el('li');
      const icon = svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' });
      marker(icon, 7, 7, name, 5);
      item.append(icon, el('span', '', name));
      list.append(item);
    }
    const conflict = el('li', 'legend-conflict');
    const ring = svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' });
    svg('circle', { cx: 7, cy: 7, r: 5, class: 'conflict-ring' }, ring);
    conflict.append(ring, el('span', '', 'in conflict'));
    list.append(conflict);
    return list;
  }

  function timelineSection(data) {
    const section = el('section', 'timeline');
    section.setAttribute('aria-labelledby', 'timeline-h');
    const h = el('h2', '', 'Timeline');
    h.id = 'timeline-h';
    section.append(h, el('p', 'hint', 'Event dates (◆) and the dates figures are reported as of (●), by outlet. Choose a point to open its quote.'));
    const names = [...outlets.keys()];
    const width = Math.max(480, app.clientWidth - 8);
    const labelWidth = Math.min(180, Math.max(90, ...names.map((n) => n.length * 7 + 12)));
    const lane = 30;
    const top = 8;
    const height = top + names.length * lane + 28;
    const chart = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Timeline of dated events by outlet' });
    const scale = timeScale(data.timeline.map((t) => t.day), labelWidth + 12, width - 16);
    for (const t of scale.ticks) {
      const x = scale.at(t);
      svg('line', { x1: x, x2: x, y1: top, y2: height - 24, class: 'grid' }, chart);
      svg('text', { x, y: height - 8, class: 'tick', 'text-anchor': 'middle' }, chart).textContent = shortDate(t);
    }
    names.forEach((name, i) => {
      const y = top + i * lane + lane / 2;
      svg('line', { x1: labelWidth + 4, x2: width - 8, y1: y, y2: y, class: 'lane' }, chart);
      svg('text', { x: labelWidth, y: y + 4, class: 'lane-label', 'text-anchor': 'end' }, chart).textContent = name;
    });
    // Points on one day and lane are spread a little so each stays visible and clickable.
    const stacked = new Map();
    data.timeline.forEach((entry, n) => {
      const fact = entry.kind === 'event' ? data.events[entry.fact] : data.facts[entry.fact];
      const claim = fact && fact.claims[entry.claim];
      if (!claim) return;
      const name = outletOf(claim);
      const key = `${entry.day}|${name}`;
      const k = stacked.get(key) || 0;
      stacked.set(key, k + 1);
      const x = scale.at(toTime(entry.day)) + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * 10;
      const y = top + names.indexOf(name) * lane + lane / 2;
      const g = svg('g', { class: `point ${entry.kind}`, id: `t${n}` }, chart);
      const inConflict = entry.verdict === 'conflict' && fact.conflicts.some((c) => c.a === entry.claim || c.b === entry.claim);
      svg('circle', { cx: x, cy: y, r: 10, class: 'focus-ring' }, g);
      if (inConflict) svg('circle', { cx: x, cy: y, r: 8, class: 'conflict-ring' }, g);
      if (entry.kind === 'event') svg('path', { d: `M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`, class: `mark ${styleOf(name).colour}` }, g);
      else marker(g, x, y, name, 5);
      const what = entry.kind === 'event' ? `${fact.label}: ${entry.value}` : `${fact.label}: ${qualified(claim)} as of ${entry.value}`;
      const verdict = inConflict ? 'In conflict' : entry.verdict === 'conflict' ? 'Not in conflict' : VERDICT_TEXT[entry.verdict] || entry.verdict;
      opens(g, entry.kind, entry.fact, entry.claim, `${name}, ${entry.day}: ${what}. ${verdict}. Opens the quote.`,
        [`${name} · ${entry.value}`, `${what} — ${verdict.toLowerCase()}`, claim.quote]);
    });
    section.append(chart);
    return section;
  }

  function factCard(fact, f) {
    const card = el('article', `fact ${fact.verdict}`);
    const head = el('div', 'fact-head');
    const title = el('h3', '', fact.label);
    title.id = `fact-${f}`;
    card.setAttribute('aria-labelledby', title.id);
    head.append(title, badge(fact.verdict));
    const sources = new Set(fact.claims.map((c) => c.uri)).size;
    head.append(el('span', 'count', `${fact.claims.length} claims from ${sources} sources`));
    card.append(head);
    if (fact.conflicts.length > 0) {
      const reasons = el('ul', 'reasons');
      // One outlet may repeat its figure: each disagreement is said once.
      const said = [...new Set(fact.conflicts.map((c) => `${outletOf(fact.claims[c.a])} vs ${outletOf(fact.claims[c.b])}: ${c.reason}`))];
      for (const reason of said.slice(0, 4)) reasons.append(el('li', '', reason));
      if (said.length > 4) reasons.append(el('li', '', `and ${said.length - 4} more`));
      card.append(reasons);
    }
    const dated = fact.claims.map((c, i) => ({ c, i, day: dayOfClaim(c) })).filter((p) => p.day !== null);
    if (dated.length > 0) card.append(factChart(fact, f, dated));
    card.append(claimTable(fact, f));
    return card;
  }

  function factChart(fact, f, points) {
    const width = Math.max(420, app.clientWidth - 40);
    const height = 190;
    const left = 64;
    const bottom = height - 26;
    const top = 14;
    const chart = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `${fact.label}: values by as-of date and outlet` });
    const scale = timeScale(points.map((p) => p.day), left + 14, width - 64);
    const max = niceMax(Math.max(...points.map((p) => Math.max(p.c.value, p.c.valueMax || 0))) * 1.08);
    const y = (v) => bottom - (v / max) * (bottom - top);
    for (let k = 0; k <= 4; k++) {
      const v = (max / 4) * k;
      svg('line', { x1: left, x2: width - 8, y1: y(v), y2: y(v), class: k === 0 ? 'axis' : 'grid' }, chart);
      svg('text', { x: left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, chart).textContent = formatNumber(v);
    }
    for (const t of scale.ticks) svg('text', { x: scale.at(t), y: height - 8, class: 'tick', 'text-anchor': 'middle' }, chart).textContent = shortDate(t);
    const place = new Map();
    const spread = new Map();
    for (const p of points) {
      const key = `${p.day}|${p.c.value}`;
      const k = spread.get(key) || 0;
      spread.set(key, k + 1);
      place.set(p.i, { x: scale.at(toTime(p.day)) + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * 9, y: y(p.c.value) });
    }
    // Each outlet's own claims joined, so a running total reads as a line per outlet.
    const byOutlet = new Map();
    for (const p of points) {
      const name = outletOf(p.c);
      if (!byOutlet.has(name)) byOutlet.set(name, []);
      byOutlet.get(name).push(place.get(p.i));
    }
    for (const [name, list] of byOutlet) {
      if (list.length < 2) continue;
      list.sort((a, b) => a.x - b.x);
      svg('polyline', { points: list.map((q) => `${q.x},${q.y}`).join(' '), class: `trend ${styleOf(name).colour}` }, chart);
    }
    const conflicted = new Set();
    for (const c of fact.conflicts) {
      const a = place.get(c.a);
      const b = place.get(c.b);
      conflicted.add(c.a).add(c.b);
      if (a && b) svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'conflict-link' }, chart);
    }
    // A value is written once per day: an outlet repeating its figure adds a point, not a label.
    const labelled = new Set();
    for (const p of points) {
      const { x, y: py } = place.get(p.i);
      const name = outletOf(p.c);
      const g = svg('g', { class: 'point', id: `f${f}c${p.i}` }, chart);
      svg('circle', { cx: x, cy: py, r: 11, class: 'focus-ring' }, g);
      if (p.c.valueMax !== null && p.c.valueMax !== undefined) svg('line', { x1: x, x2: x, y1: py, y2: y(p.c.valueMax), class: `range ${styleOf(name).colour}` }, g);
      if (p.c.qualifier === 'at least' || p.c.qualifier === 'more than') svg('path', { d: `M${x - 4} ${py - 9}L${x} ${py - 13}L${x + 4} ${py - 9}`, class: `qual ${styleOf(name).colour}` }, g);
      if (p.c.qualifier === 'at most' || p.c.qualifier === 'less than') svg('path', { d: `M${x - 4} ${py + 9}L${x} ${py + 13}L${x + 4} ${py + 9}`, class: `qual ${styleOf(name).colour}` }, g);
      if (conflicted.has(p.i)) svg('circle', { cx: x, cy: py, r: 8.5, class: 'conflict-ring' }, g);
      marker(g, x, py, name, 5.5);
      const labelKey = `${p.day}|${p.c.value}`;
      if (points.length <= 24 && !labelled.has(labelKey)) {
        labelled.add(labelKey);
        svg('text', { x: x + 10 + 9 * ((spread.get(labelKey) || 1) - 1) / 2, y: py + 4, class: 'value' }, g).textContent = qualified(p.c);
      }
      const asOf = p.c.asOf || `${p.c.published} (article date)`;
      const verdict = conflicted.has(p.i) ? 'In conflict' : fact.verdict === 'conflict' ? 'Not in conflict' : VERDICT_TEXT[fact.verdict];
      opens(g, 'figure', f, p.i, `${name}: ${qualified(p.c)} ${fact.label} as of ${asOf}. ${verdict}. Opens the quote.`,
        [`${name} · as of ${asOf}`, `“${p.c.text}” — ${verdict.toLowerCase()}`, p.c.quote]);
    }
    return chart;
  }

  function claimTable(fact, f) {
    const table = el('table', 'claims');
    const head = el('tr');
    for (const h of ['Outlet', 'As of', 'Figure', 'Quote']) head.append(el('th', '', h));
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    const conflicted = new Set();
    for (const c of fact.conflicts) conflicted.add(c.a).add(c.b);
    fact.claims.forEach((claim, i) => {
      const row = el('tr', conflicted.has(i) ? 'in-conflict' : '');
      row.id = `r${f}c${i}`;
      const outlet = el('td', 'outlet');
      const icon = svg('svg', { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' });
      marker(icon, 6, 6, outletOf(claim), 4.5);
      outlet.append(icon, document.createTextNode(` ${outletOf(claim)}`));
      const figure = el('td', 'figure', claim.text);
      if (conflicted.has(i)) figure.append(el('span', 'flag', ' conflict'));
      row.append(outlet, el('td', 'date', claim.asOf || '—'), figure, el('td', 'quote', claim.quote));
      opens(row, 'figure', f, i, `${outletOf(claim)}, as of ${claim.asOf || 'unknown'}: ${claim.text}${conflicted.has(i) ? ', in conflict' : ''}. Opens the quote.`);
      body.append(row);
    });
    table.append(thead, body);
    return table;
  }

  function eventsSection(data) {
    const section = el('section', 'events');
    section.setAttribute('aria-labelledby', 'events-h');
    const h = el('h2', '', 'Event dates across sources');
    h.id = 'events-h';
    section.append(h);
    data.events.forEach((event, f) => {
      const card = el('article', `fact ${event.verdict}`);
      const head = el('div', 'fact-head');
      head.append(el('h3', '', event.label), badge(event.verdict));
      card.append(head);
      const table = el('table', 'claims');
      const body = el('tbody');
      const conflicted = new Set();
      for (const c of event.conflicts) conflicted.add(c.a).add(c.b);
      event.claims.forEach((claim, i) => {
        const row = el('tr', conflicted.has(i) ? 'in-conflict' : '');
        row.id = `e${f}c${i}`;
        const date = el('td', 'date', claim.value);
        if (conflicted.has(i)) date.append(el('span', 'flag', ' conflict'));
        row.append(el('td', 'outlet', outletOf(claim)), date, el('td', 'figure', claim.text), el('td', 'quote', claim.quote));
        opens(row, 'event', f, i, `${outletOf(claim)}: ${event.label} on ${claim.value}${conflicted.has(i) ? ', in conflict' : ''}. Opens the quote.`);
        body.append(row);
      });
      table.append(body);
      card.append(table);
      section.append(card);
    });
    return section;
  }
})();
