/** Fictional clients shown by the sandbox SPA. Every name, number and text is invented. */

export interface SpaReport {
  date: string;
  author: string;
  topic: string;
  lines: string[];
}

export interface SpaAlert {
  kind: 'allergie' | 'wils' | 'info';
  text: string;
}

export interface SpaClient {
  id: 'B' | 'C';
  /** Route relative to the SPA base ('' is the SPA's start screen). */
  route: string;
  name: string;
  shortName: string;
  birthDate: string;
  age: number;
  clientNumber: string;
  bsn: string;
  location: string;
  /** The fictional staff member shown as logged in on this client's screen. */
  loggedInAs: string;
  alerts: SpaAlert[];
  reports: SpaReport[];
}

export const clientB: SpaClient = {
  id: 'B',
  route: '',
  name: 'De heer Hendrikus (Henk) Brouwer',
  shortName: 'H. Brouwer',
  birthDate: '02-08-1941',
  age: 84,
  clientNumber: '30917264',
  bsn: '317590248',
  location: 'Verpleeghuis De Berkenhof, afdeling Lijsterbes (psychogeriatrie)',
  loggedInAs: 'L. Smeets (verzorgende IG)',
  alerts: [
    { kind: 'allergie', text: 'Intolerantie: codeïne (misselijkheid, braken)' },
    { kind: 'wils', text: 'Wilsverklaring: Niet reanimeren; geen ziekenhuisopname' },
  ],
  reports: [
    {
      date: 'vr 21-11-2025 07:50',
      author: 'Lotte Smeets, verzorgende IG',
      topic: 'Lichamelijk welbevinden',
      lines: [
        'S: Dhr. zegt dat hij "prima" geslapen heeft.',
        'O: RR 118/72, P 64 reg., T 36,7, sat 95%, AF 16. Ontbijt volledig op. Loopt met rollator naar de huiskamer.',
        'E: Stabiel, geen bijzonderheden.',
        'P: Vitale functies volgens afspraak 1x per week (vrijdag).',
      ],
    },
    {
      date: 'do 20-11-2025 22:30',
      author: 'Mehmet Kaya, verpleegkundige',
      topic: 'Mentaal welbevinden',
      lines: [
        'Dhr. was in de avond onrustig, zocht naar zijn vrouw en wilde "naar huis". Afgeleid met muziek van Johnny Jordaan, daarna rustig. Geen zo nodig medicatie nodig gehad.',
      ],
    },
    {
      date: 'wo 19-11-2025 14:00',
      author: 'Eva de Groot, specialist ouderengeneeskunde',
      topic: 'Evaluatie zorgplan',
      lines: [
        'Multidisciplinair overleg: gewicht stabiel (66,0 kg). Onrust in de avond neemt toe; eerst niet-medicamenteuze aanpak volgens probleemgedrag-werkwijze. Evaluatie over 4 weken.',
      ],
    },
    {
      date: 'di 18-11-2025 10:15',
      author: 'Lotte Smeets, verzorgende IG',
      topic: 'Participatie',
      lines: ['Dhr. heeft meegedaan met het koersbal in de huiskamer en genoot zichtbaar. Zoon Peter kwam op bezoek.'],
    },
  ],
};

export const clientC: SpaClient = {
  id: 'C',
  route: 'client-c',
  name: 'De heer Youssef Amrani',
  shortName: 'Y. Amrani',
  birthDate: '23-06-1979',
  age: 46,
  clientNumber: '41138502',
  bsn: '182736453',
  location: 'GGZ Beschermd Wonen De Kade, team West',
  loggedInAs: 'N. Visser (persoonlijk begeleider)',
  alerts: [
    { kind: 'info', text: 'Geen bekende allergieën' },
    { kind: 'info', text: 'Somatische screening antipsychotica: elke 3 maanden' },
  ],
  reports: [
    {
      date: 'do 20-11-2025 11:00',
      author: 'Noor Visser, persoonlijk begeleider',
      topic: 'Mentaal welbevinden',
      lines: [
        'S: Dhr. vertelt dat hij beter slaapt sinds hij om 22:00 de telefoon weglegt.',
        'O: Verzorgd, goed contact, komt afspraken na. Depotmedicatie volgens schema ontvangen.',
        'E: Stabiel. Doel "dagritme" gaat goed.',
        'P: Volgende week samen naar het werkproject bij de kringloopwinkel.',
      ],
    },
    {
      date: 'ma 17-11-2025 09:30',
      author: 'Bas Hendriks, verpleegkundig specialist GGZ',
      topic: 'Lichamelijk welbevinden',
      lines: ['Somatische screening: RR 131/86, P 92, gew: 94,2 kg, buikomvang 108 cm. Nuchtere glucose en lipiden aangevraagd.'],
    },
    {
      date: 'wo 12-11-2025 15:45',
      author: 'Noor Visser, persoonlijk begeleider',
      topic: 'Participatie',
      lines: ['Dhr. heeft zich aangemeld bij de wandelgroep op dinsdag. Zus Samira is betrokken bij het netwerkgesprek van december.'],
    },
  ],
};

export const spaClients: SpaClient[] = [clientB, clientC];

/** Picks the client for a pathname: '/spa/client-c' is client C, anything else under the SPA is client B. */
export function clientForPath(pathname: string): SpaClient {
  return pathname.replace(/\/+$/, '').endsWith('/client-c') ? clientC : clientB;
}
