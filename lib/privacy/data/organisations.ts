/**
 * Named Dutch care organisations (hospitals, VVT, GHZ, GGZ), compiled by hand for
 * Dossierhulp from public facts. Names with a kind word ("Zorggroep …", "… Ziekenhuis")
 * are found by pattern; this list covers the ones usually written without one.
 */
export const ORGANISATIONS = `
Rijnstate|Isala|Gelre|Amphia|Catharina Ziekenhuis|Radboudumc|Erasmus MC|LUMC|AMC|VUmc|Amsterdam UMC|UMCG|UMC Utrecht|
Maastricht UMC+|MUMC+|Maasstad|Franciscus Gasthuis|Franciscus Vlietland|Haaglanden MC|HMC|HagaZiekenhuis|
Jeroen Bosch Ziekenhuis|Zuyderland|Meander Medisch Centrum|Tergooi|Tergooi MC|Martini Ziekenhuis|Treant|
Noordwest Ziekenhuisgroep|Spaarne Gasthuis|Dijklander|Ikazia|Albert Schweitzer ziekenhuis|OLVG|VieCuri|Tjongerschans|
St. Antonius|Antonius Ziekenhuis|ZGT|MST|Medisch Spectrum Twente|Bravis|ETZ|Elkerliek|Máxima MC|Anna Ziekenhuis|
Laurentius Ziekenhuis|Maasziekenhuis Pantein|St Jansdal|Sint Jansdal|Beatrixziekenhuis|Nij Smellinghe|Frisius MC|MCL|
Medisch Centrum Leeuwarden|Ommelander Ziekenhuis|Flevoziekenhuis|Zaans Medisch Centrum|Rode Kruis Ziekenhuis|BovenIJ|
Ziekenhuis Amstelland|Groene Hart Ziekenhuis|Alrijne|Reinier de Graaf|LangeLand|Van Weel-Bethesda|ADRZ|ZorgSaam|
Slingeland|Gelderse Vallei|Ziekenhuis Rivierenland|Bernhoven|Wilhelmina Ziekenhuis Assen|Deventer Ziekenhuis|
Saxenburgh|Streekziekenhuis Koningin Beatrix|Buurtzorg|Amstelring|Cordaan|Careyn|Envida|Vivium|Zonnehuisgroep|
Tante Louise|Raffy|Sensire|Zorgbalans|Vitalis|Brabantzorg|Vivent|Carintreggeland|TriviumMeulenbeltZorg|Interzorg|
Icare|Zorgspectrum|Axion Continu|De Zorgcirkel|Evean|Omring|Aafje|Humanitas|Alliade|Noorderboog|Zorggroep Noorderboog|
Rijnhoven|De Wever|Zuidzorg|Vivantes|Cicero Zorggroep|Meandergroep|Sevagram|Zorggroep Elde|WelThuis|
Pieter van Foreest|Topaz|ActiVite|Marente|Hilverzorg|Vecht en IJssel|Zorggroep Charim|Accolade|'s Heeren Loo|
Ipse de Bruggen|Philadelphia|Severinus|Amarant|Abrona|ASVZ|Dichterbij|Esdégé-Reigersdaal|Pluryn|Zuidwester|Gemiva|
Estinea|Lunet|Reinaerde|Aveleijn|Tragel|Raphaelstichting|Tactus|Parnassia|Arkin|GGZ inGeest|Altrecht|Pro Persona|
Dimence|Mondriaan|Lentis|Yulius|GGz Centraal|GGZ Centraal|GGZ Oost Brabant|GGzE|Rivierduinen|Emergis|
Reinier van Arkel|Accare|Brijder|Jellinek|Novadic-Kentron|Mentrum|GGZ Noord-Holland-Noord|GGZ Friesland|GGZ Drenthe|
GGZ Delfland|Mediant|Verslavingszorg Noord Nederland|Bavo Europoort|Leger des Heils|Medipoint|Vegro|Welzorg|
Harting-Bank|Thuiszorgwinkel|Sensara|Zilveren Kruis Zorgshop
`;
