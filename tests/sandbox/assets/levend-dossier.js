/*
 * A dossier page that never sits still, as real web ECDs do (issue 17): a session countdown in the header,
 * a clock, rotating toasts, an unread counter, a spinner that comes and goes and style changes. None of that
 * changes what the page says about the client.
 *
 * Two buttons do change the meaning, without any navigation:
 * - "Andere cliënt openen (zelfde tabblad)" rewrites the client header and the reports in place (the form
 *   stays as it is): a fill prepared for the first client must be refused.
 * - "Nieuwe rapportage van een collega ontvangen" adds a report at the top.
 * window.__levend = { client: 'R' | 'S', switches, ticks, toasts, colleagueReports }.
 */
(function () {
  'use strict';
  var CLIENTS = {
    R: {
      name: 'Mevrouw Ruth Pinas', birth: '11-01-1947', number: '70314582', setting: 'Wijkverpleging, Apeldoorn',
      title: 'Dossier – R. Pinas – Zorgdossier (oefenomgeving)',
      reports: [
        ['22-11-2025 08:10', 'Dewi Bakker (wijkverpleegkundige)', 'S: Mw. zegt dat ze slecht geslapen heeft door hoesten. O: P 92 reg., sat 93%, T 38,1. E: Mogelijk luchtweginfectie. P: Huisarts gebeld, terugbelverzoek staat uit.'],
        ['21-11-2025 17:40', 'Kees de Wit (verzorgende IG)', 'Mw. heeft weinig gegeten, wel 1,2 liter gedronken. Steunkousen uitgetrokken, huid onderbenen intact.'],
        ['20-11-2025 09:05', 'Dewi Bakker (wijkverpleegkundige)', 'Medicatie gecontroleerd met de baxterrol, geen afwijkingen. Mw. loopt zelfstandig met rollator.'],
      ],
    },
    S: {
      name: 'De heer Sjoerd Hoogland', birth: '30-06-1939', number: '70588213', setting: 'Wijkverpleging, Apeldoorn',
      title: 'Dossier – S. Hoogland – Zorgdossier (oefenomgeving)',
      reports: [
        ['22-11-2025 07:30', 'Kees de Wit (verzorgende IG)', 'Dhr. geholpen met douchen. Decubitus hiel rechts categorie 2, verband gewisseld. Pijn 3 (NRS).'],
        ['21-11-2025 19:15', 'Fatima Azzouzi (verpleegkundige)', 'Dhr. was verward in de avond, herkende dochter niet direct. Later rustiger.'],
      ],
    },
  };
  var TOASTS = [
    'Nieuwe taak: medicatie aftekenen om 12:00',
    'Agenda bijgewerkt',
    'Collega M. Jansen is ingelogd',
    'Herinnering: wondfoto uploaden',
    'Synchronisatie voltooid',
  ];
  var state = { client: 'R', switches: 0, ticks: 0, toasts: 0, colleagueReports: 0 };
  window.__levend = state;

  var $ = function (id) { return document.querySelector('[data-testid="' + id + '"]'); };

  function renderClient() {
    var c = CLIENTS[state.client];
    $('client-name').textContent = c.name;
    $('client-birth').textContent = c.birth;
    $('client-number').textContent = c.number;
    $('client-setting').textContent = c.setting;
    document.title = c.title;
    var list = $('rapportages');
    list.textContent = '';
    c.reports.forEach(function (r) { list.appendChild(reportElement(r)); });
  }

  function reportElement(r) {
    var article = document.createElement('article');
    article.className = 'rap';
    var meta = document.createElement('header');
    meta.className = 'rap-meta';
    var time = document.createElement('time');
    time.className = 'rap-datum';
    time.textContent = r[0];
    var author = document.createElement('span');
    author.className = 'rap-auteur';
    author.textContent = r[1];
    meta.append(time, author);
    var body = document.createElement('div');
    body.className = 'rap-body';
    var p = document.createElement('p');
    p.textContent = r[2];
    body.appendChild(p);
    article.append(meta, body);
    return article;
  }

  // The session countdown and the clock tick every second.
  var left = 15 * 60;
  function tick() {
    state.ticks++;
    left = left > 0 ? left - 1 : 15 * 60;
    var m = Math.floor(left / 60);
    var s = left % 60;
    $('session-timer').textContent = 'Sessie verloopt over ' + m + ':' + (s < 10 ? '0' : '') + s;
    var now = new Date();
    $('clock').textContent = now.toLocaleTimeString('nl-NL');
  }

  // Toasts come and go; the unread counter climbs; the spinner shows during a fake sync; styles change.
  function toast() {
    var box = $('toasts');
    var el = document.createElement('div');
    el.className = 'toast';
    el.textContent = TOASTS[state.toasts++ % TOASTS.length];
    box.appendChild(el);
    setTimeout(function () { el.remove(); }, 2200);
  }
  function unread() {
    var badge = $('unread-badge');
    badge.textContent = String(Number(badge.textContent) + 1);
  }
  function spinner() {
    var sp = $('spinner');
    sp.hidden = !sp.hidden;
  }
  var styleN = 0;
  function restyle() {
    var style = document.createElement('style');
    style.textContent = '.session { outline: ' + (styleN++ % 2) + 'px solid #fff; }';
    document.head.appendChild(style);
    if (document.head.querySelectorAll('style').length > 6) document.head.querySelectorAll('style')[1].remove();
    document.body.classList.toggle('tick-odd');
    $('unread-badge').style.background = styleN % 2 ? '#b3261e' : '#8c1d18';
  }

  function switchClient() {
    state.client = state.client === 'R' ? 'S' : 'R';
    state.switches++;
    renderClient();
  }

  function colleagueReport() {
    state.colleagueReports++;
    var c = CLIENTS[state.client];
    var r = ['22-11-2025 10:' + String(10 + state.colleagueReports).padStart(2, '0'), 'Fatima Azzouzi (verpleegkundige)',
      'Aanvulling ' + state.colleagueReports + ': ' + c.name.split(' ').pop() + ' heeft de ochtendmedicatie ingenomen.'];
    $('rapportages').insertBefore(reportElement(r), $('rapportages').firstChild);
  }

  function start() {
    renderClient();
    tick();
    setInterval(tick, 1000);
    setInterval(toast, 1700);
    setInterval(unread, 2300);
    setInterval(spinner, 900);
    setInterval(restyle, 1300);
    $('switch-client-inplace').addEventListener('click', switchClient);
    $('colleague-report').addEventListener('click', colleagueReport);
    $('open-wond-dialog').addEventListener('click', function () { $('wond-dialog').showModal(); });
    $('close-wond-dialog').addEventListener('click', function () { $('wond-dialog').close(); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
