// Inkwell page: sends the form to /api/write, shows the returned SVG drawn stroke by stroke, offers downloads and
// the attention picture, and lets a person draw their own handwriting to use as the style. No libraries, no
// external resources; the page's Content-Security-Policy allows only this script.
'use strict';

(() => {
  const $ = (selector) => document.querySelector(selector);
  const MAX_PRIME_POINTS = 5000;
  const DRAW_SPEED = 900;        // page units of pen path per second of animation
  const PEN_LIFT_SECONDS = 0.04; // pause between strokes, as when a pen is lifted
  const MAX_DRAW_SECONDS = 6;    // the longest the drawing of one page may take

  const form = $('#write-form');
  const status = $('#status');
  const output = $('#output');
  const svgLink = $('#download-svg');
  const pngLink = $('#download-png');
  const attentionButton = $('#show-attention');
  const attentionPanel = $('#attention-panel');
  const attentionImage = $('#attention');
  const styleSelect = $('#style');

  let shownBody = null;      // the JSON body of the request whose handwriting is shown
  let inFlight = null;       // AbortController of the running write, so a newer one replaces it
  let drawnPrime = null;     // {text, strokes} from the drawing pad once "Use as style" was pressed
  let doneTimer = null;
  const objectUrls = {svg: null, png: null, attention: null};

  function setStatus(element, message, isError) {
    element.textContent = message;
    element.classList.toggle('error', Boolean(isError));
  }

  function replaceUrl(kind, blob) {
    if (objectUrls[kind]) URL.revokeObjectURL(objectUrls[kind]);
    objectUrls[kind] = blob ? URL.createObjectURL(blob) : null;
    return objectUrls[kind];
  }

  function requestBody() {
    const seed = Number.parseInt($('#seed').value, 10);
    const body = {
      text: $('#text').value,
      bias: Number($('#bias').value),
      seed: Number.isFinite(seed) ? seed : 1,
      takes: Number($('#takes').value),
      strokeWidth: Number($('#stroke-width').value),
      colour: $('#colour').value,
      align: $('#align').value,
      width: Number.parseInt($('#width').value, 10) || 40,
    };
    if (styleSelect.value === 'yours' && drawnPrime) {
      body.prime = drawnPrime;
    } else {
      body.style = styleSelect.value;
    }
    return JSON.stringify(body);
  }

  async function post(path, body, signal) {
    const response = await fetch(path, {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body, signal,
    });
    if (!response.ok) {
      let detail = `the server answered ${response.status}`;
      try {
        const problem = await response.json();
        if (problem && problem.detail) detail = problem.detail;
      } catch (ignored) { /* not a problem document: keep the status */ }
      throw new Error(detail);
    }
    return response;
  }

  async function write() {
    if (!$('#text').value.trim()) {
      setStatus(status, 'Type some text to write first.', true);
      $('#text').focus();
      return;
    }
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    const body = requestBody();
    setStatus(status, 'Writing…', false);
    output.dataset.state = 'writing';
    try {
      const response = await post('/api/write', body, controller.signal);
      const svgText = await response.text();
      if (controller !== inFlight) return;
      show(svgText);
      shownBody = body;
      const unfinished = response.headers.get('Inkwell-Unfinished-Lines');
      setStatus(status, unfinished
        ? `Written, but the model ran out of steps on line ${unfinished}; try another seed or more legibility.`
        : 'Written.', false);
      svgLink.href = replaceUrl('svg', new Blob([svgText], {type: 'image/svg+xml'}));
      svgLink.setAttribute('aria-disabled', 'false');
      replaceUrl('png', null);
      pngLink.setAttribute('href', '#');
      pngLink.dataset.ready = 'false';
      pngLink.setAttribute('aria-disabled', 'false');
      attentionButton.disabled = false;
      hideAttention();
    } catch (error) {
      if (error.name === 'AbortError') return;
      output.dataset.state = shownBody ? 'done' : 'empty';
      setStatus(status, `Could not write: ${error.message}`, true);
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  // Puts the server's SVG into the page and animates its strokes in writing order.
  function show(svgText) {
    const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length) {
      throw new Error('the server sent a drawing the browser cannot read');
    }
    const svg = document.importNode(root, true);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Handwriting: ${$('#text').value}`);
    output.replaceChildren(svg);
    const marks = [...svg.querySelectorAll('path, circle')];
    const lengths = marks.map((m) => (m.nodeName === 'path' ? m.getTotalLength() : 0));
    const total = lengths.reduce((a, b) => a + b, 0);
    // Natural speed for a line or two; a long page speeds up so that it is drawn within MAX_DRAW_SECONDS.
    const speed = Math.max(DRAW_SPEED, total / MAX_DRAW_SECONDS);
    const lift = Math.min(PEN_LIFT_SECONDS, 0.25 * MAX_DRAW_SECONDS / Math.max(marks.length, 1));
    let start = 0;
    marks.forEach((mark, i) => {
      mark.style.setProperty('--delay', `${start}s`);
      if (mark.nodeName === 'circle') {
        mark.classList.add('dot');
      } else {
        const duration = Math.max(lengths[i] / speed, 0.01);
        mark.classList.add('pen');
        mark.style.setProperty('--length', `${lengths[i] + 1}`);
        mark.style.setProperty('--duration', `${duration}s`);
        start += duration;
      }
      start += lift;
    });
    output.dataset.state = 'drawing';
    clearTimeout(doneTimer);
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    doneTimer = setTimeout(() => { output.dataset.state = 'done'; }, reduced ? 0 : start * 1000 + 50);
  }

  pngLink.addEventListener('click', async (event) => {
    if (pngLink.dataset.ready === 'true' || !shownBody) return;
    event.preventDefault();
    setStatus(status, 'Preparing the PNG…', false);
    try {
      const response = await post('/api/write?format=png', shownBody);
      pngLink.href = replaceUrl('png', await response.blob());
      pngLink.dataset.ready = 'true';
      setStatus(status, 'PNG ready.', false);
      pngLink.click();
    } catch (error) {
      setStatus(status, `Could not make the PNG: ${error.message}`, true);
    }
  });

  function hideAttention() {
    attentionPanel.hidden = true;
    attentionButton.setAttribute('aria-expanded', 'false');
    attentionButton.textContent = 'Show attention';
  }

  attentionButton.addEventListener('click', async () => {
    if (!attentionPanel.hidden) {
      hideAttention();
      return;
    }
    if (!shownBody) return;
    setStatus(status, 'Drawing the attention picture…', false);
    try {
      const response = await post('/api/attention', shownBody);
      attentionImage.src = replaceUrl('attention', await response.blob());
      attentionPanel.hidden = false;
      attentionButton.setAttribute('aria-expanded', 'true');
      attentionButton.textContent = 'Hide attention';
      setStatus(status, 'Attention shown below the handwriting.', false);
    } catch (error) {
      setStatus(status, `Could not show the attention: ${error.message}`, true);
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write();
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      write();
    }
  });
  $('#reroll').addEventListener('click', () => {
    $('#seed').value = String(Math.floor(Math.random() * 2147483647));
    write();
  });
  for (const [input, shown] of [['#bias', '#bias-value'], ['#stroke-width', '#stroke-width-value']]) {
    $(input).addEventListener('input', () => { $(shown).textContent = $(input).value; });
  }

  async function loadStyles() {
    try {
      const response = await fetch('/api/styles');
      const {styles} = await response.json();
      for (const style of styles) {
        if (style.name === 'none') continue;
        const option = document.createElement('option');
        option.value = style.name;
        option.textContent = style.text ? `${style.name} (“${style.text}”)` : style.name;
        styleSelect.append(option);
      }
    } catch (error) {
      setStatus(status, 'Could not load the list of styles; writing without a style still works.', true);
    }
  }

  // The drawing pad: pointer events serve mouse, touch and pen alike. Points are kept in CSS pixels, y down,
  // which is what the server expects for a drawn prime.
  const pad = $('#pad');
  const padStatus = $('#pad-status');
  const pen = pad.getContext('2d');
  let strokes = [];
  let current = null;

  function pointCount() {
    return strokes.reduce((n, s) => n + s.length, 0);
  }

  function resizePad() {
    const box = pad.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    pad.width = Math.max(1, Math.round(box.width * ratio));
    pad.height = Math.max(1, Math.round(box.height * ratio));
    pen.setTransform(ratio, 0, 0, ratio, 0, 0);
    pen.lineWidth = 2.5;
    pen.lineCap = 'round';
    pen.lineJoin = 'round';
    pen.strokeStyle = '#1f2430';
    for (const stroke of strokes) {
      pen.beginPath();
      stroke.forEach(([x, y], i) => (i ? pen.lineTo(x, y) : pen.moveTo(x, y)));
      if (stroke.length === 1) pen.lineTo(stroke[0][0] + 0.1, stroke[0][1]);
      pen.stroke();
    }
  }

  function pointOf(event) {
    const box = pad.getBoundingClientRect();
    return [Math.round((event.clientX - box.left) * 10) / 10, Math.round((event.clientY - box.top) * 10) / 10];
  }

  function addPoint(point) {
    const last = current[current.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) return;
    if (pointCount() >= MAX_PRIME_POINTS) {
      setStatus(padStatus, 'That is as much as the style can hold; use it or clear the drawing.', true);
      return;
    }
    current.push(point);
    pen.beginPath();
    pen.moveTo(...(last || point));
    pen.lineTo(point[0] + (last ? 0 : 0.1), point[1]);
    pen.stroke();
  }

  pad.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    current = [];
    strokes.push(current);
    addPoint(pointOf(event));
  });
  pad.addEventListener('pointermove', (event) => {
    if (!current) return;
    const events = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    for (const e of (events.length ? events : [event])) addPoint(pointOf(e));
  });
  const endStroke = () => {
    if (current && current.length === 0) strokes.pop();
    current = null;
    if (strokes.length) setStatus(padStatus, `${pointCount()} points drawn.`, false);
  };
  pad.addEventListener('pointerup', endStroke);
  pad.addEventListener('pointercancel', endStroke);

  $('#clear-pad').addEventListener('click', () => {
    strokes = [];
    current = null;
    resizePad();
    setStatus(padStatus, 'Drawing cleared.', false);
  });

  $('#use-drawn').addEventListener('click', () => {
    const text = $('#prime-text').value.trim();
    if (pointCount() < 2) {
      setStatus(padStatus, 'Draw some handwriting in the box first.', true);
      return;
    }
    if (!text) {
      setStatus(padStatus, 'Type what you wrote, so the model knows which strokes are which letters.', true);
      $('#prime-text').focus();
      return;
    }
    drawnPrime = {text, strokes: strokes.map((s) => s.map((p) => [p[0], p[1]]))};
    let option = styleSelect.querySelector('option[value="yours"]');
    if (!option) {
      option = document.createElement('option');
      option.value = 'yours';
      option.textContent = 'Your handwriting';
      styleSelect.append(option);
    }
    styleSelect.value = 'yours';
    setStatus(padStatus, 'Your handwriting is now the style.', false);
    write();
  });

  window.addEventListener('resize', resizePad);
  resizePad();
  loadStyles();
})();
