// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { clientFingerprint, locateRef, readPage } from '../index';
import { pageSnapshotSchema } from '../types';
import { dossierHtml, reportBody, reportDate } from './fixtures/dossier';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readPage: client header and alerts', () => {
  it('finds name, birth date and client number by their Dutch labels', () => {
    document.body.innerHTML = `
      <header class="topbar">Zorgdossier · Ingelogd: J. de Boer</header>
      <div class="patient-banner">
        <h2>Dhr. P. (Piet) Jansen</h2>
        <span>Geb. 03-04-1936 (89 jr)</span> <span>Clientnr: 55120987</span>
      </div>
      <p>Mw. is geboren in Zwolle.</p>`;
    const s = readPage(document);
    expect(s.client).toMatchObject({ name: 'Dhr. P. (Piet) Jansen', birthDate: '03-04-1936', clientNumber: '55120987' });
    expect(locateRef(document, s.client!.ref!)?.className).toBe('patient-banner');
    expect(s.blocks.find((b) => b.kind === 'header')?.text).toContain('Geb. 03-04-1936');
    expect(s.text.split('\n')[0]).toBe('Cliënt: Dhr. P. (Piet) Jansen · Geb. 03-04-1936 (89 jr) · Clientnr: 55120987');
    expect(s.clientFingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  it('takes the name from a "Naam" pair when the header is a definition list', () => {
    document.body.innerHTML = `<section><h2>Persoonsgegevens</h2><dl>
      <dt>Naam</dt><dd>A. de Vries</dd><dt>Geboortedatum</dt><dd>1 maart 1950</dd><dt>Cliëntnummer</dt><dd>A-20931</dd></dl></section>`;
    const s = readPage(document);
    expect(s.client).toMatchObject({ name: 'A. de Vries', birthDate: '1 maart 1950', clientNumber: 'A-20931' });
  });

  it('has no client and an empty fingerprint on a page without a client header', () => {
    document.body.innerHTML = '<h1>Teamoverzicht</h1><p>Vandaag 12 cliënten gepland.</p>';
    const s = readPage(document);
    expect(s.client).toBeNull();
    expect(s.clientFingerprint).toBe('');
  });

  it('fingerprints the client independent of spacing and case, and differently per client', () => {
    const a = clientFingerprint({ name: 'Mw. A. Jansen', birthDate: '01-02-1940', clientNumber: '123' });
    expect(clientFingerprint({ name: ' mw.  a. JANSEN ', birthDate: '01-02-1940', clientNumber: '123' })).toBe(a);
    expect(clientFingerprint({ name: 'Mw. A. Jansen', birthDate: '01-02-1941', clientNumber: '123' })).not.toBe(a);
  });

  it('classifies alerts by role, class names and labels as allergie, wilsverklaring or overig', () => {
    document.body.innerHTML = `
      <div class="alerts">
        <div role="alert">Allergie: penicilline (huiduitslag)</div>
        <span class="badge-warning">NR-verklaring aanwezig</span>
        <div class="signalering">Valrisico hoog</div>
      </div>
      <dl><dt>Reanimatiebeleid</dt><dd>Niet reanimeren</dd><dt>Allergieën</dt><dd>Geen bekend</dd></dl>
      <ul role="alert" aria-label="Waarschuwingen"><li>Allergisch voor jodium</li><li>Behandelverbod: geen sondevoeding</li></ul>`;
    const s = readPage(document);
    expect(s.alerts.map((a) => [a.kind, a.text])).toEqual([
      ['allergie', 'Allergie: penicilline (huiduitslag)'],
      ['wilsverklaring', 'NR-verklaring aanwezig'],
      ['overig', 'Valrisico hoog'],
      ['wilsverklaring', 'Reanimatiebeleid: Niet reanimeren'],
      ['allergie', 'Allergisch voor jodium'],
      ['wilsverklaring', 'Behandelverbod: geen sondevoeding'],
    ]);
    // "no known allergies" is a detail, not an alert
    expect(s.pairs).toContainEqual(expect.objectContaining({ label: 'Allergieën', value: 'Geen bekend' }));
    for (const a of s.alerts) expect(locateRef(document, a.ref)).not.toBeNull();
  });
});

describe('readPage: reports', () => {
  it('reads list reports with date, author, tags and body, newest first in the text', () => {
    document.body.innerHTML = `<ul class="list">
      <li><div class="meta"><span>ma 17-11-2025 09:00</span><span>Sanne Bos, wijkverpleegkundige</span><span class="tag">Wondzorg</span></div>
          <div class="body"><p>Wond rechterhiel schoon, verband gewisseld.</p><p>Volgende controle 20-11.</p></div>
          <button>Bewerken</button></li>
      <li><div class="meta"><span>vr 21-11-2025 08:40</span><span>Fatima Yilmaz</span></div><div class="body"><p>Mw. hoest, T 38,2.</p></div></li>
    </ul>`;
    const s = readPage(document);
    expect(s.reports).toEqual([
      { ref: expect.any(String), date: 'ma 17-11-2025 09:00', author: 'Sanne Bos, wijkverpleegkundige', text: '[Wondzorg] Wond rechterhiel schoon, verband gewisseld. Volgende controle 20-11.' },
      { ref: expect.any(String), date: 'vr 21-11-2025 08:40', author: 'Fatima Yilmaz', text: 'Mw. hoest, T 38,2.' },
    ]);
    const lines = s.text.split('\n');
    const header = lines.indexOf('Rapportages (2, nieuwste eerst):');
    expect(lines[header + 1]).toBe('vr 21-11-2025 08:40 — Fatima Yilmaz: Mw. hoest, T 38,2.');
    expect(lines[header + 2]).toMatch(/^ma 17-11-2025 09:00 — Sanne Bos/);
    expect(s.text).not.toContain('Bewerken');
  });

  it('reads articles with <time> and an author element, and inline "date author: text" paragraphs', () => {
    document.body.innerHTML = `
      <article><header><time datetime="2025-11-20T21:15">20 nov 2025 21:15</time> · <span class="auteur">door R. Martens</span></header>
        <p>Avondzorg verliep rustig.</p></article>
      <article><header><time>19 nov 2025 16:30</time> · <span class="auteur">door K. Veldhuis</span></header>
        <p>Mw. naar de ontmoetingsgroep geweest.</p></article>
      <div class="notes"><p>12-11-2025 08:35 J. Pietersen: Ochtendzorg zonder bijzonderheden.</p>
      <p>11-11-2025 08:30 J. Pietersen: Mw. wilde niet douchen.</p></div>`;
    const s = readPage(document);
    expect(s.reports.map((r) => [r.date, r.author, r.text])).toEqual([
      ['20 nov 2025 21:15', 'R. Martens', 'Avondzorg verliep rustig.'],
      ['19 nov 2025 16:30', 'K. Veldhuis', 'Mw. naar de ontmoetingsgroep geweest.'],
      ['12-11-2025 08:35', 'J. Pietersen', 'Ochtendzorg zonder bijzonderheden.'],
      ['11-11-2025 08:30', 'J. Pietersen', 'Mw. wilde niet douchen.'],
    ]);
  });

  it('reads a report table by its column headers', () => {
    document.body.innerHTML = `<table><thead><tr><th>Datum</th><th>Medewerker</th><th>Onderwerp</th><th>Rapportage</th></tr></thead>
      <tbody><tr><td>21-11-2025 08:40</td><td>F. Yilmaz</td><td>Lichamelijk</td><td>Koorts 38,2.</td></tr>
      <tr><td>20-11-2025 10:05</td><td>P. Ramdin</td><td></td><td>Rouw rond sterfdag.</td></tr></tbody></table>`;
    const s = readPage(document);
    expect(s.tables).toEqual([]);
    expect(s.reports.map((r) => [r.date, r.author, r.text])).toEqual([
      ['21-11-2025 08:40', 'F. Yilmaz', '[Lichamelijk] Koorts 38,2.'],
      ['20-11-2025 10:05', 'P. Ramdin', 'Rouw rond sterfdag.'],
    ]);
  });

  it('does not take a form or a list of reports for a report', () => {
    document.body.innerHTML = `
      <section class="panel"><h2>Nieuwe rapportage</h2><p>Laatst gewogen: 17-11-2025</p><textarea></textarea></section>
      <section class="panel"><h2>Oud</h2><p>Laatst gewogen: 10-11-2025</p><textarea></textarea></section>`;
    expect(readPage(document).reports).toEqual([]);
  });
});

describe('readPage: pairs, tables, text', () => {
  it('reads dl, th/td tables, "Label: value" lines and label/value elements as pairs', () => {
    document.body.innerHTML = `
      <dl><dt>Adres</dt><dd>Zonnedauw 12</dd><dt>Telefoon</dt><dd>0570-612334</dd><dd>06-12345678</dd></dl>
      <table><tr><th>Huisarts</th><td>H. Doornbos</td></tr><tr><th>Apotheek</th><td>De Linde</td></tr></table>
      <p>Indicatie: Wijkverpleging 3x daags<br>Zorgprofiel: VV4</p>
      <div class="row"><span class="label">Mobiliteit</span><span>Rollator</span></div>`;
    const s = readPage(document);
    expect(s.pairs.map((p) => [p.label, p.value])).toEqual([
      ['Adres', 'Zonnedauw 12'],
      ['Telefoon', '0570-612334; 06-12345678'],
      ['Huisarts', 'H. Doornbos'],
      ['Apotheek', 'De Linde'],
      ['Indicatie', 'Wijkverpleging 3x daags'],
      ['Zorgprofiel', 'VV4'],
      ['Mobiliteit', 'Rollator'],
    ]);
    expect(s.text).toContain('Gegevens:\n- Adres: Zonnedauw 12\n- Telefoon: 0570-612334; 06-12345678');
  });

  it('reads data tables as rows with a caption (or the heading before it), rows joined with " | "', () => {
    document.body.innerHTML = `<h2>Medicatie</h2><table><thead><tr><th>Middel</th><th>Dosering</th><th>Tijden</th></tr></thead>
      <tbody><tr><td>Furosemide 40 mg</td><td>1x daags</td><td>08:00</td></tr><tr><td>Apixaban 5 mg</td><td>2x daags</td><td>08:00, 20:00</td></tr></tbody></table>
      <table><caption>Lab</caption><tr><th>Test</th><th>Uitslag</th></tr><tr><td>Hb</td><td>7,9</td></tr><tr><td>Kreatinine</td><td>98</td></tr></table>`;
    const s = readPage(document);
    expect(s.tables).toEqual([
      { ref: expect.any(String), caption: 'Medicatie', rows: [['Middel', 'Dosering', 'Tijden'], ['Furosemide 40 mg', '1x daags', '08:00'], ['Apixaban 5 mg', '2x daags', '08:00, 20:00']] },
      { ref: expect.any(String), caption: 'Lab', rows: [['Test', 'Uitslag'], ['Hb', '7,9'], ['Kreatinine', '98']] },
    ]);
    expect(s.text).toContain('Tabel Medicatie:\nMiddel | Dosering | Tijden\nFurosemide 40 mg | 1x daags | 08:00');
  });

  it('leaves form chrome out of the text: buttons, option lists, field labels, navigation, tabs', () => {
    document.body.innerHTML = `<nav><a href="#">Menu-item</a></nav>
      <div role="tablist"><span role="tab">Tabblad</span></div>
      <form><label for="x">Veldlabel</label><input id="x" value="ingevuld"><select><option>Optie A</option><option>Optie B</option></select>
      <textarea>conceptje</textarea><button>Opslaan</button><div contenteditable="true">editor tekst</div></form>
      <p>Gewone tekst blijft.</p>`;
    const s = readPage(document);
    expect(s.text).toBe('Tekst:\nGewone tekst blijft.');
  });

  it('keeps a heading only when text follows it', () => {
    document.body.innerHTML = '<h2>Leeg</h2><h2>Doelen</h2><ul><li>Zelfstandig douchen</li><li>Valpreventie</li></ul>';
    expect(readPage(document).text).toBe('Tekst:\n## Doelen\n- Zelfstandig douchen\n- Valpreventie');
  });

  it('conforms to the snapshot schema and lists every block in document order', () => {
    document.body.innerHTML = dossierHtml(3);
    const s = readPage(document);
    expect(pageSnapshotSchema.safeParse(s).success).toBe(true);
    const kinds = s.blocks.map((b) => b.kind);
    expect(kinds.indexOf('header')).toBeLessThan(kinds.indexOf('alert'));
    expect(kinds.indexOf('alert')).toBeLessThan(kinds.indexOf('report'));
    for (const view of [s.alerts, s.reports, s.tables, s.pairs]) {
      for (const item of view) expect(s.blocks.some((b) => b.ref === item.ref)).toBe(true);
    }
  });
});

describe('readPage: refs', () => {
  it('gives the same refs on every read and after unrelated changes, and locateRef finds them', () => {
    document.body.innerHTML = dossierHtml(5);
    const first = readPage(document);
    const second = readPage(document);
    expect(second.blocks.map((b) => b.ref)).toEqual(first.blocks.map((b) => b.ref));
    const toast = document.createElement('div');
    toast.textContent = 'Opgeslagen';
    document.querySelector('main')!.appendChild(toast);
    const third = readPage(document);
    expect(third.reports.map((r) => r.ref)).toEqual(first.reports.map((r) => r.ref));
    for (const r of first.reports) expect(locateRef(document, r.ref)?.textContent).toContain(r.text.slice(-20));
  });

  it('anchors refs on stable ids and crosses open shadow roots', () => {
    document.body.innerHTML = '<section id="rapportages"><article><p>x</p></article></section><x-card id="kaart"></x-card>';
    const host = document.getElementById('kaart')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div><p>Schaduwtekst in een kaart.</p></div>';
    const s = readPage(document);
    const shadowBlock = s.blocks.find((b) => b.text === 'Schaduwtekst in een kaart.')!;
    expect(shadowBlock.ref).toBe('#kaart >> /div/p');
    expect(locateRef(document, shadowBlock.ref)?.textContent).toBe('Schaduwtekst in een kaart.');
    expect(locateRef(document, '#rapportages/article/p')?.textContent).toBe('x');
    expect(locateRef(document, '#rapportages/article[2]')).toBeNull();
  });
});

describe('readPage: shadow DOM and slots', () => {
  it('reads nested open shadow roots and slotted content, not unslotted light children', () => {
    document.body.innerHTML = '<x-outer><span slot="titel">Slottekst</span><span>Niet getoond</span></x-outer>';
    const outer = document.querySelector('x-outer')!;
    outer.attachShadow({ mode: 'open' }).innerHTML = '<h3><slot name="titel"></slot></h3><x-inner></x-inner>';
    const inner = outer.shadowRoot!.querySelector('x-inner')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>Diep genest: Saturatie 94%.</p>';
    const s = readPage(document);
    expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Slottekst'],
      ['pair', 'Diep genest: Saturatie 94%.'],
    ]);
    expect(JSON.stringify(s)).not.toContain('Niet getoond');
  });
});

describe('readPage: hidden text wherever the quick path of the walk could miss it', () => {
  it('checks elements in shadow trees, slotted elements and elements a sheet rule matches by attribute', () => {
    document.head.innerHTML = '<style>[data-weg] { display: none } .kaart-verborgen { visibility: hidden }</style>';
    document.body.innerHTML = `<p>Zichtbaar begin.</p><p data-weg>GEHEIM attribuutregel</p>
      <x-kaart><span slot="kop">Slot zichtbaar</span><span slot="voet" class="kaart-verborgen">GEHEIM slot</span></x-kaart>
      <p>Zichtbaar eind.</p>`;
    document.querySelector('x-kaart')!.attachShadow({ mode: 'open' }).innerHTML =
      '<h3><slot name="kop"></slot></h3><p>Schaduw zichtbaar.</p><p style="display:none">GEHEIM schaduw</p><div><slot name="voet"></slot></div>';
    const s = readPage(document);
    for (const visible of ['Zichtbaar begin.', 'Slot zichtbaar', 'Schaduw zichtbaar.', 'Zichtbaar eind.']) expect(s.text).toContain(visible);
    expect(JSON.stringify(s)).not.toContain('GEHEIM');
  });
});

describe('readPage: narrative through Readability', () => {
  it('marks the prose of a reader-like page as narrative', () => {
    const para = (n: number) =>
      `<p>Mevrouw woont sinds ${n} jaar zelfstandig in een aangepaste woning. Zij krijgt hulp bij de persoonlijke verzorging, ` +
      'wil zo lang mogelijk thuis blijven wonen en heeft een hechte band met haar dochter, die dagelijks langskomt en de boodschappen doet.</p>';
    document.body.innerHTML = `<div class="menu"><a href="#">Home</a> <a href="#">Contact</a></div>
      <div id="content"><h1>Levensverhaal</h1>${[1, 2, 3, 4, 5].map(para).join('')}</div>`;
    const s = readPage(document);
    const narrative = s.blocks.filter((b) => b.kind === 'narrative');
    expect(narrative.length).toBe(5);
    expect(narrative[0]!.text).toContain('sinds 1 jaar');
    expect(s.blocks.find((b) => b.text.includes('Home'))?.kind).toBe('text');
  });
});

describe('readPage: size and speed on a big dossier', () => {
  it('keeps every report, drops chrome and writes a long report list compactly, far shorter than the page text', () => {
    const count = 2_000;
    document.body.innerHTML = dossierHtml(count);
    const started = performance.now();
    const s = readPage(document);
    const ms = performance.now() - started;
    expect(s.reports).toHaveLength(count);
    expect(s.reports[count - 1]).toMatchObject({ date: reportDate(count - 1), author: 'Kees Veldhuis, helpende', text: `[Woon- en leefomstandigheden] ${reportBody(count - 1)}` });

    const lines = s.text.split('\n');
    const first = lines.indexOf(`Rapportages (${count}, nieuwste eerst):`);
    expect(lines[first + 1]).toBe('Medewerkers: FY = Fatima Yilmaz, wijkverpleegkundige; RM = Ricardo Martens, verzorgende IG; PR = Priya Ramdin, verzorgende IG; KV = Kees Veldhuis, helpende');
    expect(lines[first + 2]).toBe('Onderwerpen: LW = Lichamelijk welbevinden; MW = Mentaal welbevinden; Pa = Participatie; WL = Woon- en leefomstandigheden');
    expect(lines[first + 3]).toBe('21-11-2025:');
    expect(lines[first + 4]).toBe(`09:00 — FY: [LW] ${reportBody(0)}`);
    // every report body is in the text, newest first
    const positions = [0, 1, 500, count - 1].map((n) => s.text.indexOf(reportBody(n)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // jsdom has no innerText; the page's textContent is the comparable measure.
    const pageText = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    const ratio = s.text.length / pageText.length;
    console.info(`readPage ${count} reports (jsdom): ${ms.toFixed(0)} ms, text ${s.text.length} chars = ${ratio.toFixed(2)} × page text`);
    expect(ratio).toBeLessThan(0.6);
    expect(s.text).not.toMatch(/Bewerken|Reageren|Meer opties|Toepassen|Alle onderwerpen/);
  });

  it('writes a repeated report text once, in a legend of repeated texts, and refers to it by number', () => {
    const items = Array.from({ length: 45 }, (_, n) => {
      const body = n % 3 === 0 ? 'Medicatie volgens toedienlijst gegeven en afgetekend.' : `Notitie ${n}: mw. was rustig vandaag.`;
      return `<li><div class="meta"><span>${String(20 - Math.floor(n / 3)).padStart(2, '0')}-11-2025 ${String(8 + (n % 3) * 4).padStart(2, '0')}:00</span><span>A. Bakker</span></div><p>${body}</p></li>`;
    });
    document.body.innerHTML = `<ul>${items.join('')}</ul>`;
    const s = readPage(document);
    const lines = s.text.split('\n');
    expect(s.text.match(/Medicatie volgens toedienlijst/g)).toHaveLength(1);
    const legend = lines.indexOf('Herhaalde teksten:');
    expect(legend).toBeGreaterThan(lines.indexOf('Rapportages (45, nieuwste eerst):'));
    expect(lines[legend + 1]).toBe('#1 = Medicatie volgens toedienlijst gegeven en afgetekend.');
    // every copy, the newest included, refers to it; unique texts stay in place
    expect(lines.filter((l) => l.endsWith(': #1'))).toHaveLength(15);
    expect(lines).toContain('08:00 — AB: #1');
    expect(lines).toContain('12:00 — AB: Notitie 1: mw. was rustig vandaag.');
    // the structured reports keep every text in full
    expect(s.reports.filter((r) => r.text === 'Medicatie volgens toedienlijst gegeven en afgetekend.')).toHaveLength(15);
  });

  it('leaves out details that the client line already shows as a number or date', () => {
    document.body.innerHTML = `<section class="clientbar"><h1>Mw. A. Jansen</h1><span>Geb.: 01-02-1940</span> <span>Cliëntnr.: 4711</span></section>
      <dl><dt>Geboortedatum</dt><dd>01-02-1940</dd><dt>Cliëntnummer</dt><dd>4711</dd><dt>Roepnaam</dt><dd>Jansen</dd><dt>Kamer</dt><dd>47</dd></dl>`;
    const s = readPage(document);
    expect(s.text).toContain('Cliënt: Mw. A. Jansen · Geb.: 01-02-1940 · Cliëntnr.: 4711');
    expect(s.text).not.toContain('- Geboortedatum');
    expect(s.text).not.toContain('- Cliëntnummer');
    // a name stays, and "47" is not "4711"
    expect(s.text).toContain('- Roepnaam: Jansen');
    expect(s.text).toContain('- Kamer: 47');
    // the structured pairs keep them all
    expect(s.pairs.map((p) => p.label)).toEqual(['Geboortedatum', 'Cliëntnummer', 'Roepnaam', 'Kamer']);
  });

});
