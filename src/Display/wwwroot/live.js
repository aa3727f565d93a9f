// /live: keeps the server-rendered page current from the event stream (/live/events), with no framework.
// Each message holds the whole building with its texts in the page's language; this only puts them in place
// (textContent, never HTML). It recovers by itself like the zone screens (ADR 9): EventSource reconnects after a
// dropped stream; a stream that failed for good (a proxy's 502 while the server restarts) is opened again on a
// timer; a stream that stays open but goes quiet (no beat for three beats) is closed and opened again; and a page
// whose services changed reloads, once /healthz answers, at most every ten seconds.
(function () {
  'use strict';
  var body = document.body;
  if (!body || !body.dataset.events || !window.EventSource) {
    return;
  }

  var heartbeat = Math.max(1, parseInt(body.dataset.heartbeat, 10) || 15) * 1000;
  var status = document.querySelector('[data-live="status"]');
  var clock = document.querySelector('[data-live="clock"]');
  var source = null;
  var lastHeard = Date.now();
  var reopening = null;
  var lastSeq = parseInt(body.dataset.seq, 10) || 0;

  function online(yes) {
    if (status) {
      status.hidden = yes;
    }
    document.documentElement.classList.toggle('live-offline', !yes);
  }

  function heard() {
    lastHeard = Date.now();
    online(true);
  }

  function open() {
    reopening = null;
    if (source) {
      source.close();
    }
    lastHeard = Date.now();
    source = new EventSource(body.dataset.events);
    source.onopen = heard;
    source.onmessage = function (e) {
      heard();
      try {
        apply(JSON.parse(e.data));
        document.documentElement.setAttribute('data-live-connected', 'true');
      } catch (err) {
        // A message this page cannot read: the next one holds the whole building again.
      }
    };
    source.addEventListener('beat', heard);
    source.onerror = function () {
      online(false);
      if (source.readyState === EventSource.CLOSED && !reopening) {
        reopening = setTimeout(open, 5000);
      }
    };
  }

  // A stream that stays open but delivers nothing (a half-dead path) is not noticed by the browser.
  setInterval(function () {
    if (Date.now() - lastHeard > 3 * heartbeat && !reopening) {
      online(false);
      open();
    }
  }, 5000);

  function reloadWhenHealthy() {
    var key = 'mpp-live-reloaded';
    var last = parseInt(sessionStorage.getItem(key), 10) || 0;
    var wait = Math.max(0, last + 10000 - Date.now());
    setTimeout(function check() {
      fetch('/healthz', { cache: 'no-store' }).then(function (r) {
        if (r.ok) {
          sessionStorage.setItem(key, String(Date.now()));
          location.reload();
        } else {
          setTimeout(check, 5000);
        }
      }, function () { setTimeout(check, 5000); });
    }, wait);
  }

  function setText(el, text) {
    if (el && el.textContent !== String(text)) {
      el.textContent = text;
      flash(el);
    }
  }

  function flash(el) {
    el.classList.remove('live-changed');
    void el.offsetWidth;
    el.classList.add('live-changed');
  }

  function numbers(el, calls, empty, asList) {
    if (!el) {
      return;
    }
    var key = calls.map(function (c) { return c.number + '@' + c.desk; }).join('|');
    if (el.dataset.key === key) {
      return;
    }
    var before = el.dataset.key;
    el.dataset.key = key;
    el.textContent = '';
    if (calls.length === 0) {
      if (asList) {
        var none = document.createElement('li');
        none.className = 'live-none';
        none.textContent = empty;
        el.appendChild(none);
      } else {
        el.textContent = empty;
      }
      return;
    }
    calls.forEach(function (c, i) {
      var item = document.createElement(asList ? 'li' : 'span');
      if (!asList) {
        item.className = 'live-num';
      }
      var b = document.createElement('b');
      b.textContent = c.number;
      var desk = document.createElement('span');
      desk.textContent = c.desk;
      item.appendChild(b);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(desk);
      el.appendChild(item);
      if (before !== undefined && (i === 0 || !asList)) {
        flash(item);
      }
    });
  }

  function apply(m) {
    if (m.shape !== body.dataset.shape) {
      reloadWhenHealthy();
      return;
    }
    lastSeq = m.seq;
    body.dataset.seq = String(m.seq);
    if (clock) {
      clock.textContent = m.clock;
    }
    m.services.forEach(function (s) {
      var row = document.getElementById('svc-' + s.id);
      if (!row) {
        return;
      }
      row.classList.toggle('closed', !s.open);
      setText(row.querySelector('[data-f="waiting"]'), s.waiting);
      var wait = row.querySelector('[data-f="wait"]');
      setText(wait, s.wait);
      if (wait) {
        wait.classList.toggle('live-unknown', !s.estimated);
      }
      setText(row.querySelector('[data-f="quota"]'), s.quota);
      setText(row.querySelector('[data-f="state"]'), s.state);
      numbers(row.querySelector('[data-f="serving"]'), s.serving, '–', false);
    });
    m.zones.forEach(function (z) {
      document.querySelectorAll('.live-zone[data-zone-id="' + CSS.escape(z.id) + '"] [data-f="calls"]').forEach(function (list) {
        numbers(list, z.calls, list.dataset.empty || '', true);
      });
    });
    if (pager) {
      pager.layout();
    }
  }

  // The wall: when the services do not fit the screen, show them page by page (an agency's name heads each page
  // it continues on), turning every few seconds; nothing ever scrolls.
  var pager = null;
  var rows = document.querySelector('.live-wall [data-live="rows"]');
  if (rows) {
    pager = (function () {
      var label = document.querySelector('[data-live="page"]');
      var seconds = Math.max(3, parseInt(body.dataset.pageSeconds, 10) || 12);
      var pages = [];
      var index = 0;
      function outer(el) {
        var cs = getComputedStyle(el);
        return el.offsetHeight + (parseFloat(cs.marginTop) || 0) + (parseFloat(cs.marginBottom) || 0);
      }
      function layout() {
        var items = Array.prototype.slice.call(rows.children);
        items.forEach(function (el) { el.style.display = ''; });
        var room = rows.clientHeight;
        pages = [];
        var page = [];
        var used = 0;
        var heads = {};
        items.forEach(function (el) {
          if (el.classList.contains('lw-agency')) {
            heads[el.dataset.agency] = el;
          }
        });
        items.forEach(function (el) {
          var h = outer(el);
          var isHead = el.classList.contains('lw-agency');
          if (used + h > room && page.length > 0) {
            pages.push(page);
            page = [];
            used = 0;
          }
          if (!isHead && page.length === 0 && heads[el.dataset.agency]) {
            page.push(heads[el.dataset.agency]);
            used += outer(heads[el.dataset.agency]);
          }
          // An agency's name never ends a page alone: it goes over with its first service.
          var next = el.nextElementSibling;
          if (isHead && next && used + h + outer(next) > room && page.length > 0) {
            pages.push(page);
            page = [];
            used = 0;
          }
          page.push(el);
          used += h;
        });
        if (page.length > 0) {
          pages.push(page);
        }
        if (index >= pages.length) {
          index = 0;
        }
        show();
      }
      function show() {
        var shown = pages[index] || [];
        Array.prototype.forEach.call(rows.children, function (el) {
          el.style.display = shown.indexOf(el) >= 0 ? '' : 'none';
        });
        if (label) {
          label.textContent = pages.length > 1 ? (index + 1) + '/' + pages.length : '';
        }
      }
      setInterval(function () {
        if (pages.length > 1) {
          index = (index + 1) % pages.length;
          show();
        }
      }, seconds * 1000);
      window.addEventListener('resize', layout);
      layout();
      return { layout: layout };
    })();
  }

  open();
})();
