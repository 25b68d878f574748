// Builds the bundled name lists of lib/privacy from open sources:
//   first-names.ts   @faker-js/faker nl + nl_BE first names (MIT) + a hand-compiled list of
//                    traditional Dutch first names and nicknames (public facts, written for this project)
//   family-names.ts  CC0 Meertens family-name lists in sources/ (see sources/README.md):
//                    the top 1000 plus every base name that occurs in 2+ spellings/prefix variants,
//                    a frequency proxy that keeps the bundle small
//   name-words.ts    names from both lists that are also Dutch words, per the OpenTaal word list
//                    (BSD / CC-BY 3.0, Debian package `wdutch`); only used when present
//   short-words.ts   the OpenTaal words of 2–4 lower-case letters: "ajb" or "pvdb" after a dash is a
//                    paraaf, "goed" or "pols" is not (needs the word list; kept as it is without it)
// Run from the repo root: `node lib/privacy/data/generate.mjs`. The outputs are committed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { allLocales } from '@faker-js/faker';

const here = dirname(fileURLToPath(import.meta.url));
// The CC0 source lists are vendored beside this script (sources/README.md).
const sources = join(here, 'sources');

// Traditional and common Dutch / Flemish / Surinamese / Turkish / Moroccan first names and
// nicknames that the faker list (mostly modern baby names) lacks. Older clients in VVT
// are called Mien, Truus and Gerrit, not Aaliyah.
const EXTRA_FIRST_NAMES = `
Aafje Aagje Aaltje Adrie Adriana Agaath Agatha Agnes Alida Aleida Alie Alies Amalia Anita Anja Anke Anneke Annelies Annemarie
Annet Annie Ans Antje Antoinette Astrid Aukje Barbara Bea Beppie Bep Betsy Betje Bettie Bianca Bertha Brenda Carla Carolien Caroline
Cato Chantal Christa Christien Cisca Claudia Coby Cobie Coba Corrie Cootje Cora Cornelia Daniëlle Debby Diana Dina Dini Door Dora
Dorien Dorothea Elly Els Elsje Elske Emmy Engelina Erna Esther Ellen Everdina Fenna Fie Fien Fenneke Femke Francien Frederika Geertje
Geesje Gerda Gerdien Gerrie Gerritje Gesina Gonny Greet Greetje Grietje Geertruida Gré Hanneke Hannie Heleen Helma Hendrika Henny Hennie
Hermien Hilda Hillegonda Ida Ilse Ina Ineke Inge Ingeborg Ingrid Jaantje Jacoba Janke Janneke Jannie Janny Jans Jantje Jeanet Jeanette
Jet Jettie Jo Johanna Jolanda Joke Jopie Josina Judith Karin Kee Klaasje Klazina Lenie Lena Leni Lida Lidwien Lien Lies Liesbeth Lijda
Linda Lineke Loes Lucia Maaike Manon Margreet Margriet Marianne Marietje Marijke Marion Mariska Marja Marjan Marjolein Marleen Marloes
Marrie Marry Martha Mien Miep Mies Mina Minke Miranda Mirjam Monique Nel Neeltje Nelie Nelleke Nellie Nicole Nienke Nynke Paula
Petra Pietje Riek Rika Riet Rie Rina Rinske Roelie Rosalie Saskia Sandra Sientje Siny Sjaan Sonja Stien Stientje Tamara Teuntje Thea
Tiny Toos Trees Trijntje Truus Tine Tineke Trudy Truida Wil Willy Wilma Wilhelmina Wijntje Yvonne Ypie Zwaantje Hermina Henriëtte
Aad Ab Adri Adriaan Albert Albertus Anton Antonius Arend Arie Arjan Arjen Barend Bart Bas Ben Berend Bert Bertus Cees Co Cor Cornelis
Dick Dirk Douwe Edwin Egbert Evert Frans Freek Frits Geert Gerard Gerben Gerrit Gert Gijs Gijsbert Hans Harm Harrie Harry Hein
Hendrik Henk Herman Huib Hub Jaap Jacob Jacobus Jan Jannes Jelle Jelmer Jeroen Joop Jos Johan Johannes Joost Kees Klaas Koos Leen
Lambertus Maarten Marco Marinus Martijn Martinus Menno Michel Nico Onno Patrick Piet Pieter Rein Remco Richard Rinus Rob Robbert
Ronald Ruud Sander Sjaak Sjef Sjoerd Stefan Teun Theo Theodorus Ton Toon Wim Willem Wout Wouter Wubbo Ype Hidde Tjeerd Tjitske
Arnold Bennie Chris Dennis Erik Eric Ferdinand Gerjan Gijsje Hennie Jeroen Kevin Lex Marcel Mark Martin Nick Pim Ramon Rick Roy
Rutger Sven Tom Vincent Wessel Wilco Youri Jasper Mohammed Mohamed Mohammad Ahmed Ali Hassan Hussein Mustafa Ibrahim Rachid Said
Youssef Karim Khalid Abdel Abdelkader Driss Omar Hamid Fatima Khadija Malika Naima Nadia Samira Soraya Hanane Latifa Zohra Mehmet
Murat Hüseyin Ayşe Emine Fatma Hatice Zeynep Elif Osman Kemal Ahmet Mustafa Yusuf Priya Ravi Sunita Shanti Anil Rajesh Sharda
Radjesh Soenita Anjali Kishan Rakesh Wendy Priscilla Shirley Gracia Marlon Glenn Dylan Demi Romy Kim Kelly Joyce Naomi Sharon
Sanne Lotte Lisa Fleur Noor Eva Iris Roos Anouk Femke Jeanine Mandy Mariëlle Marieke Mirthe Nathalie Sabine Stefanie Suzanne Wendy
Kirsten Mieke Rianne Ilona Rik Geke Durk Gonnie Hennie Trijn Tonnie Jolien Jolanda Jolande Ilse Yvette Carin Karin Marike Marijke
Mariëtte Anne-Marie Jan-Willem Jan-Peter Hans-Peter Marie-José Marie-Louise Annemiek Annemieke Anneloes Annelien Anouschka Lieke
Mirjam Myrthe Nicolien Renske Roelof Sietske Sytske Tjitske Wietske Wiebe Wietse Sjoukje Hylke Auke Eelke Gosse Jouke Lolke Oene Pier
Rinze Sibbele Tsjalle Ytsje Bauke Doutzen Froukje Geeske Hiske Jikke Liesbeth Marrit Minne Reinder Sjoerdje Tjalling Wybren Ynte
Gerjo Hendrikus Jacobus Johannes Petrus Paulus Wilhelmus Gerardus Antonius Franciscus Theodora Petronella Johanna Wilhelmina Gerarda
Bertje Gertje Pietje Keesje Jantje Anneke Annemie Riekje Mientje Sjaantje Dientje Grietje Leentje Mijntje Tootje Toosje Truusje
Ria Riet Ineke Ank Anky Annie Tineke Hetty Hettie Jenny Joke Marga Rita Tonny Wilma Yolanda Greet Mia Loes Lidy Lies Nelly
Dewi Sri Indah Ratna Wulan Joyce Priscilla Sharmila Chandra Devi Sanjay Rishi Vikash Kavita Reshma Soenita Ashwin Radj Ramon Glenn
Jamal Sevda Chiara Burak Fatih Raoul Romano Noura Hamdan Dmytro Sofiia Olena Oksana Iryna Yulia Mykola Andriy Bohdan Taras Nadiya
Hodan Ayaan Abdi Faduma Amina Yonas Filmon Semhar Selam Tesfay Omid Reza Farid Dariush Shirin Parisa Nasrin Layla Hiba Nour Rania
Kees Kaj Koen Luuk Milan Mats Nick Niels Olaf Quinten Rens Ruben Sem Stijn Thijs Tijn Tygo Wouter Wessel Yannick Jurre Jort Pepijn
Adriënne Agnieszka Alexandra Alice Alwin Amber Andrea Andries Angela Angelique Anneke Annelot Annemarie Antonia Ard Arno Arnoud
Bastiaan Bauke Benno Berber Bernadette Bernard Bernhard Bert-Jan Betty Bianca Bob Boudewijn Bram Brigitte Carina Carmen Carolina
Cathy Cecile Charlotte Chris Christiaan Christine Clara Claudia Coen Constant Corina Cornelis Daan Danny Deborah Desiree Diederik
Dieuwke Dirkje Dolf Dominique Edith Eefje Eelco Elisabeth Ellis Elles Els Emma Erwin Esmee Eveline Evelien Ewout Fabian Floor
Floris Frank Frederik Gea Geert-Jan Gerard Gerlinde Germaine Gertrude Gijsbertus Gonda Guus Hanna Hannah Harold Hedwig Heidi
Helen Helena Hélène Henk-Jan Henriëtte Herbert Hester Hetty Hilde Hildegard Hilly Hugo Huub Ina Inez Irene Irma Isa Ivo Jacqueline
Jacques Jan-Hendrik Janine Janneke Jeannette Jelte Jenneke Jesse Jet Joanne Jochem Joep Johan Jolanda Jordi Jorien Jorrit Josje
Josefien Joyce Judith Juliette Jurgen Jürgen Karel Karin Karlijn Katja Kees-Jan Klaske Lambert Laura Lenneke Leo Leonie Lia Lianne
Liesbeth Lilian Lisette Lodewijk Lotte Louis Louise Lucas Ludo Luuk Magda Marc Marcella Margot Margreet Maria Marianne Marieke
Marijn Marina Marinus Mariska Marit Marjolein Martine Marten Martijn Mathijs Maurice Max Meike Melanie Melissa Merel Michiel Mirjam
Monique Nadine Nancy Natasja Nel Nicolette Nienke Norbert Olga Orlando Pascal Patricia Paul Peter Petra Pieternel Quirine Rachida
Raymond Reinier Renate René Rianne Rick Rinske Rob Roel Roelof Rogier Romy Ronald Rosa Rudi Rudy Ruth Sabine Sandra Saskia Sebastiaan
Silvia Simone Sjanie Sofie Sonja Stefan Stephanie Susan Suzanne Sylvia Tamara Tanja Teun Theresia Thomas Tim Tineke Tinus Titia
Tom Tonnie Trees Ursula Valerie Vera Veronique Wendy Willemien Willemijn Willeke Wim Wytske Yara Yvonne Zoë Ger Gerdina Gerry
Hennie Jeanne Jolijn Koos Leny Lidwina Marga Marjan Marleen Rie Wies Yolande Yvon Aart Albertine Alma Ankie Arend-Jan Arie-Jan
Bernadet Bettina Dorine Edwin Elbert Eline Femmy Fokke Frouke Gerrit-Jan Gert-Jan Harmen Hendrikje Hermanus Jan-Kees Janet Jelka
Jildou Joanna Jojanneke Kitty Klaartje Lammert Marcel Marlies Marloes Martha Mathilde Nelleke Otto Pietronella Rembrandt Rianne
Roelie Sietse Sijmen Sjors Stefanie Thea Tjalle Tjerk Truida Ulbe Wendelien Wijnand Wilbert Willy-Anne Wobbe Yde Ymke Zwanet
Ayoub Bilal Brahim Fouad Hakim Jamila Khadija Loubna Mimoun Mina Mounir Nordin Rachid Said Samira Yassine Zakaria Zineb Abdelaziz
Aysel Bahar Cem Derya Ebru Emre Gül Hakan Halil Leyla Melek Necla Nurten Onur Serkan Sibel Songül Tülay Yasemin Yusuf Zehra
Anand Anita Devika Gangadin Jairam Kiran Mahesh Nirmala Pooja Ramesh Sarita Shanti Soenil Sunil Urmila Vishal
Dewi Winston Errol Marlon Clyde Ricardo Rinaldo Romano Shirley Sherida Tatiana Ludmila Natalia Piotr Tomasz Katarzyna Agata
`;

// First names used in the Netherlands that the lists above lack, by origin (compiled by hand from public
// knowledge of names in use; real names, not corpus names). The diminutive and nickname forms matter as much as
// the full names: care reports call clients by what they are called at home.
const FIRST_NAMES_BY_ORIGIN = {
  // Frisian, Groningen, Drenthe, Twente and Achterhoek
  north: `Annigje Arendje Baukje Berendina Berendje Diewertje Ebeltje Egberdina Evertje Fennigje Gepke Gerbrich Gerbrig
    Gerritdina Harmke Harmpje Hillie Hiltje Hinke Ieke Jantina Jeltje Lammie Lammy Lubbertje Lutske Marchien Martje
    Mettje Minkje Reina Reinie Richtje Rikie Roelfien Roelofje Siebrigje Swaantje Tiemen Tjaaktje Trientje Wiepkje
    Wilke Willemke Wobbina Ybeltje Ykje Ytje Fennie Jennie Dinie Mineke Hillechien Geesien Aaltien Aaltinus Ewold
    Freerk Geuchien Hindrik Luitjen Luitzen Meindert Okke Reint Rieks Roelf Sieger Siert Sybren Udo Wiert Uilke
    Beitske Bouke Eeltsje Folkert Fokje Gerlof Gjalt Hessel Hotze Idske Jetske Jitse Jitske Klaaske Lolkje Pytsje
    Rintje Rixt Romke Sybe Taeke Tjitte Tjipke Watse Wopke Wytze Yke Ymkje Yntze Hiltsje Akke Jildau Tsjitske
    Lubbert Wytse Aly`,
  // Limburg and Brabant (and their short forms)
  south: `Bèr Sjra Sjeng Sjang Harie Mathieu Servé Servaas Hubert Hubertus Fons Riky Thei Driek Drieke Nol Rinie Wimke
    Adrianus Jaak Rien Dorus Tinie Miet`,
  // Moroccan (Arabic and Berber), also in French spelling
  moroccan: `Mohamad Mouhcine Mourad Mustapha Nabil Noureddine Othman Redouan Redouane Rida Samir Soufiane Tarik Tariq
    Youness Abdelhak Abdelali Abdellah Abdelkrim Abdelmalek Abdeslam Abderrahim Abderrahman Adil Anwar Aziz Hicham
    Jaouad Lahcen Mehdi Mohssine Mostafa Nourdin Othmane Oussama Reda Saïd Sofian Sofiane Taoufik Wassim Zouhair
    Aicha Aïcha Asmae Asma Btissam Chaima Chaymae Dounia Fadoua Fatiha Ghizlane Hajar Hanan Hayat Houda Ikram Ilham
    Imane Iman Kaoutar Karima Manal Mariam Najat Nawal Nisrine Nouhaila Rajae Rkia Saida Salma Sanae Siham Soukaina
    Yasmina Yamina Zoubida Hafida Habiba Jamilla Touria Amal Ibtissam Lamia Nadira Oumaima Salima Wafae Zakia Zaina
    Chaimae`,
  // Turkish, with and without Turkish letters
  turkish: `Aydin Baris Bülent Bulent Cengiz Dogan Erdem Erdal Erkan Ercan Gökhan Gokhan Hasan Huseyin Kadir Metin Muhammet
    Nihat Oguz Okan Orhan Omer Ozcan Ramazan Recep Salih Selim Serdar Sinan Süleyman Suleyman Tuncay Turgut Ugur
    Volkan Yavuz Yunus Zeki Ayse Aynur Banu Berna Betül Betul Büşra Busra Canan Cansu Fadime Gülay Hacer Havva Hulya
    Ilknur Kübra Kubra Nazli Nermin Nur Nuray Nurcan Ozlem Pinar Rukiye Sabriye Sevim Şükran Sukran Tulay Hanife
    Hayriye Naciye Saniye Şerife Serife Hediye Gülizar`,
  // Surinamese Hindostani
  hindostani: `Arti Ashok Bhawani Chandrika Deepak Dinesh Ganesh Geeta Girish Hemant Indra Jaiwant Kamla Kamal Krishna Lakshmi
    Manoj Meena Mohan Nandini Narain Narendra Padmini Parbati Prakash Pravin Radjen Rajendra Rohit Sandhya Santosh
    Savitri Shiwani Shiva Suresh Sushila Usha Vijay Vinod Vishnu Jagdies Djaiwant Roshni Sangita Satish Shaam Sudesh
    Surinder Vidya Wiedjai Rajiv Aniel Ashvin Ravindra Soerin Sunayna Nisha Anjana Asha Preeti`,
  // Surinamese Creole, Antillean and Aruban
  caribbean: `Jerrel Jerrol Gerold Clarence Edson Stanley Humphrey Iwan Kenneth Lloyd Milton Norman Rodney Rolando Sheldon
    Sylvester Urvin Virgil Wesley Wilfred Angelo Gilbert Gregory Dwight Jaïr Jair Rigobert Sheila Gwendolyn Jennifer
    Joan Rosita Sonia Zoraida Genaro Shurandy Kemy Djamila Esmeralda Jeniffer Migdalia Jurriën Sherwin Shurwin
    Shevon Ryanne Dushyant Shantel Chantel Gianni Rayner Roël Elvis Edsel Ernesto Francisco Glenroy Hensley Jurick
    Juancho Kendrick Melvin Michelino Rignald Ruthsel Shenella Shudayra Sigrid Sulaika Zuleika Juanita Ethlyn Gisela
    Lourdes Magdalena Milagros Raquel Rosemary Rose-Marie Suhaily`,
  // Polish, with their everyday short forms
  polish: `Bożena Bozena Elzbieta Ewa Grażyna Grazyna Iwona Karolina Kinga Malgorzata Marta Monika Paulina Renata Teresa
    Urszula Wanda Zosia Gosia Marysia Bartek Bartosz Jarek Jarosław Jaroslaw Jerzy Kamil Krzysztof Krzys Lukasz
    Maciej Marcin Marek Mariusz Michal Pawel Przemek Przemysław Rafal Sławek Tadeusz Tomek Wojciech Wojtek Zbigniew
    Zbyszek Irena Lucyna Wiesław Wiesława Mirosław Mirosława Czesław Jozef Leszek Bogdan Kasia`,
  // Ukrainian, Russian, Romanian, Balkan, Hungarian and Bulgarian
  easterneu: `Oleg Sergei Sergey Serhii Dmitri Dmitry Alexei Aleksei Andrei Andrej Vladimir Volodymyr Yuri Yuriy Mikhail
    Nikolai Pavel Oleksandr Oleksandra Tatjana Svetlana Natasha Irina Galina Halyna Lyudmila Larisa Valeria
    Anastasia Katya Viktoria Daria Kristina Ekaterina Yelena Ionut Cristina Simona Violeta Daniela Dragan Zoran
    Goran Dejan Jelena Snezana Ivana Adnan Almir Edin Elvir Emina Amra Aida Haris Senad Dzenan Nermina Zsuzsa Zsofia
    Laszlo Istvan Gyorgy Katalin Ildiko Eszter Dimitar Georgi Ivanka Petar Plamen Stoyan Tsvetan Yordan Branko
    Aleksandar Lazar`,
  // English-style given names and nicknames common in the Netherlands
  english: `Mitchell Nigel Shanna Shanice Chelsea Kimberly Kimberley Jessica Denise Cindy Sandy Peggy Patty Sally Vicky
    Nicky Ricky Johnny Sammy Freddy Eddy Eddie Roger Ronny Jerry Larry Barry Terry Lesley Leslie Tracy Stacey Stacy
    Jody Jodie Tiffany Tyrone Stephen Stephan Sean Shaun Jeff Jeffrey Kenny Lenny Benny Donald Roland Reginald
    Marvin Calvin Kylian Jerom Jerome Desmond Dwayne Duncan Graham Gordon Neil Lance Lionel Percy Roderick Samantha
    Sabrina Marissa Tamar Angelica Evelyn Carol Debbie Dianne Rosanne Roxanne Lindsey Chantalle Shantal Sharona
    Ronnie Quincy Chan`,
  // Dutch diminutive and nickname forms (-je, -tje, -ie, -y)
  diminutive: `Hansje Annetje Rietje Joppie Koosje Joopie Jossie Josie Connie Ellie Emmie Fenny Lennie Lientje Mimi Netty
    Trudie Wiesje Wimpie Willie Bertie Dickie Dikkie Freddie Frankie Kobus Robbie Sjonnie Fransje Heintje Pietertje
    Reintje Rikje Sanneke Jetje Annechien Bartje Henkie`,
  // Biblical and saints' names in their Dutch forms
  biblical: `Alfons Ambrosius Amos Augustinus Christoffel Cornelius Emanuel Izaak Jesaja Mattheus Noach Obadja Zacharias`,
  // Indonesian and Vietnamese Dutch
  // Dutch given names of the generations now in care and their carers, still missing above
  dutchmore: `Marij Marian Marjon Marjet Marita Marlijn Marjo Marjoke Marjolijn Marijtje Jorinde Lonneke Anneriet Annerieke
    Brechtje Carolijn Dieuwertje Elsbeth Gineke Ietje Jannet Jantien Joline Liesje Lizet Mirella Nanda Nanette Rian Riny
    Rineke Roosmarijn Sjanet Wendela Gerlinda Berdien Gerdie Gerdine Jeannet Marlou Mieneke Rieky Wilhelmien Wilmy Madelon
    Mariette Marielle Martina Mechteld Rozemarijn Trix Wieke Wineke Zita Dirk-Jan Ferry Reinout Jurjen Marnix Jurriaan Sieds
    Wijbren Ids`,
  asian: `Sutrisno Wati Sinta Yanti Minh Linh Thanh Tuan`,
  // Eritrean, Ethiopian, Somali, Syrian, Iraqi and Iranian
  eastafrica_mideast: `Tesfaye Yohannes Yemane Dawit Senait Mulu Merhawi Mehari Biniam Saba Luwam Robel Samson Teklay Goitom Almaz
    Hiwet Tsega Tsegay Mebrahtu Mussie Nahom Mahmoud Mohannad Khaled Walid Bashar Hussam Rami Fadi Tarek Rasha Dima
    Reem Alaa Ghada Samer Majd Nizar Hadi Amer Ammar Anas Firas Haitham Kinan Loay Obada Qusay Wael Yazan Zaid
    Zainab Fatemeh Hossein Mohsen Abbas Javad Arash Babak Behrouz Kaveh Nima Payam Siavash Soheil Navid Leila
    Nazanin Shabnam Roya Mahnaz Azadeh Fariba Golnaz Ziba`,
};

// Words the OpenTaal list knows only as a name (or rarely as a word) stay names; these common
// words are forced into name-words.ts even without the word list, so the build is stable.
const ALWAYS_WORDS = `bakker visser wit roos vos koning groen mol jong haan boer smit kok bos wolf haas prins kramer graaf berg dijk
beek dam veen hoek hof brink kamp vink zwart bruin blom post stam baas lange kort lang klein groot rood steen water wil ben max mark
bas jet do mei juni april dirk rik tim iris noor eva bart hans ton fleur jade`;

function readLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const prefixRe =
  /^((?:van|de|der|den|het|ten|ter|te|in|op|aan|uit|la|le|du|da|di|des|del|von|zu|'t|'s|’t|v\.?d\.?|vd|l'|d')[ -]+)+/i;

// --- first names -----------------------------------------------------------------------------
const fakerNames = [allLocales.nl, allLocales.nl_BE].flatMap((l) => Object.values(l.person.first_name).flat());
const firstNames = new Set(
  [...fakerNames, ...EXTRA_FIRST_NAMES.split(/\s+/), ...Object.values(FIRST_NAMES_BY_ORIGIN).flatMap((list) => list.split(/\s+/))].map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n)),
);
// First names of the languages Dutch care clients and staff often have (faker, MIT), minus every name
// that is also a Dutch word: capitalised mid-sentence these are names, and none of them is a Dutch word
// that opens a sentence. Needs the OpenTaal word list; without it they are left out.
const FOREIGN_LOCALES = ['de', 'en', 'fr', 'it', 'es', 'pt_PT', 'pt_BR', 'tr', 'pl', 'ro', 'hr', 'sr_RS_latin', 'id_ID', 'da', 'sv', 'nb_NO', 'fi', 'cs_CZ'];

// --- family names ----------------------------------------------------------------------------
const all = readLines(join(sources, 'nl-family-names-freq5.lst'));
const top = readLines(join(sources, 'nl-family-names-top1000.csv'))
  .slice(1)
  .map((l) => l.split(',')[0]);
const variants = new Map();
for (const name of all) {
  const base = name.replace(prefixRe, '');
  if (!/^\p{Lu}[\p{L}'’]+$/u.test(base) || base.length < 2) continue;
  variants.set(base, (variants.get(base) ?? 0) + 1);
}
const family = new Set();
for (const name of top) {
  const base = name.replace(prefixRe, '');
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(base)) family.add(base);
}
for (const [base, n] of variants) if (n >= 2 && base.length >= 3) family.add(base);

// --- names that are also ordinary words ------------------------------------------------------
const dictPath = '/usr/share/dict/dutch';
const nameWords = new Set(ALWAYS_WORDS.split(/\s+/).filter(Boolean));
if (existsSync(dictPath)) {
  const dict = new Set(readLines(dictPath).filter((w) => /^[a-zà-ÿ]+$/.test(w)));
  for (const n of [...family, ...firstNames]) {
    const lower = n.toLowerCase();
    if (dict.has(lower)) nameWords.add(lower);
  }
} else {
  console.warn(`${dictPath} missing (apt-get install wdutch); name-words.ts keeps only the built-in words`);
}
if (existsSync(dictPath)) {
  const dict = new Set(readLines(dictPath).map((w) => w.toLowerCase()));
  const always = new Set(ALWAYS_WORDS.split(/\s+/));
  for (const locale of FOREIGN_LOCALES) {
    for (const n of Object.values(allLocales[locale]?.person?.first_name ?? {}).flat()) {
      const name = String(n).trim();
      const lower = name.toLowerCase();
      if (/^\p{Lu}\p{Ll}[\p{Ll}'-]+$/u.test(name) && !dict.has(lower) && !always.has(lower)) firstNames.add(name);
    }
  }
}
// Words that read as the diminutive of a listed first name ("leuke" of Leu, "sedatie" of Sedat, "franje" of Fran):
// the recogniser takes unlisted diminutives as names unless they are listed here. After the foreign names are in.
if (existsSync(dictPath)) {
  const firstLower = new Set([...firstNames].map((n) => n.toLowerCase()));
  for (const w of readLines(dictPath)) {
    const stem = /^[a-zà-ÿ]+$/.test(w) ? w.match(/^(\p{L}{3,}?)(?:tje|pje|je|ke|pie|ie)$/u)?.[1] : undefined;
    if (stem && firstLower.has(stem) && !firstLower.has(w)) nameWords.add(w);
  }
}
const shortWords = existsSync(dictPath) ? new Set(readLines(dictPath).filter((w) => /^\p{Ll}{2,4}$/u.test(w))) : null;

// --- write -------------------------------------------------------------------------------------
function writeModule(file, exportName, header, values) {
  const joined = [...values].sort((a, b) => a.localeCompare(b, 'nl')).join('|');
  const src = `${header}\nexport const ${exportName} =\n  ${JSON.stringify(joined)};\n`;
  writeFileSync(join(here, file), src);
  const gz = gzipSync(src, { level: 9 }).length;
  console.log(`${file}: ${values.size} names, ${src.length} B, ${gz} B gzip`);
}

const gen = '// GENERATED by lib/privacy/data/generate.mjs; edit the script, not this file.';
writeModule(
  'first-names.ts',
  'FIRST_NAMES',
  `${gen}\n// Dutch first names, '|'-joined. Sources: @faker-js/faker nl and nl_BE locales (MIT,\n// (c) Faker contributors) and a hand-compiled list of traditional Dutch first names.`,
  firstNames,
);
writeModule(
  'family-names.ts',
  'FAMILY_NAMES',
  `${gen}\n// Dutch family names without tussenvoegsel, '|'-joined. Source: Meertens Nederlandse\n// Familienamenbank via digitalheir/family-names-in-the-netherlands, CC0. Subset: the 1000 most\n// frequent names plus base names that occur in two or more variants.`,
  family,
);
writeModule(
  'name-words.ts',
  'NAME_WORDS',
  `${gen}\n// Lower-cased names that are also ordinary Dutch words ("bakker", "roos"), '|'-joined: these\n// need context before they count as a name. Derived from the OpenTaal word list\n// (BSD / CC-BY 3.0, https://www.opentaal.org) intersected with the name lists.`,
  nameWords,
);
if (shortWords) {
  writeModule(
    'short-words.ts',
    'SHORT_WORDS',
    `${gen}\n// Dutch words of 2–4 lower-case letters, '|'-joined, from the OpenTaal word list\n// (BSD / CC-BY 3.0, https://www.opentaal.org): such a word after a dash is no paraaf.`,
    shortWords,
  );
}
