/**
 * Dutch villages, kernen and towns below municipality level, and the districts and wijken of the larger cities,
 * compiled by hand for Dossierhulp from public facts (no third-party list copied), province by province
 * (Groningen, Friesland, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht, Noord-Holland with the Amsterdam
 * districts, Zuid-Holland with those of Rotterdam and Den Haag, Zeeland, Noord-Brabant, Limburg). Same format as
 * places.ts: a leading tilde marks a name that is also an ordinary word, a first name or a family name
 * ("~Hoek", "~Erica", "~Witteveen"); those count as a place only with context.
 */
export const VILLAGES_AND_DISTRICTS = `
Farmsum|Termunten|Woldendorp|Wagenborgen|Siddeburen|Schildwolde|Slochteren|Harkstede|Foxhol|Kropswolde|Muntendam|Meeden|
Zuidbroek|Noordbroek|Wildervank|Ommelanderwijk|Onstwedde|Mussel|Alteveer|Ter Apelkanaal|Bourtange|Scheemda|Midwolda|
Oostwold|Finsterwolde|Beerta|Nieuweschans|Bad Nieuweschans|Blijham|Bellingwolde|~Wedde|Uithuizermeeden|Roodeschool|
Usquert|Baflo|Eenrum|Pieterburen|Ulrum|Leens|Zoutkamp|Kloosterburen|Mensingeweer|Onderdendam|Middelstum|Stedum|'t Zandt|
Zeerijp|Garrelsweer|Ten Post|Thesinge|~Glimmen|Onnen|Noordlaren|Grijpskerk|Grootegast|~Marum|Tolbert|~Niekerk|~Opende|
Oldekerk|Aduard|Den Horn|Noordhorn|Visvliet|Doezum|Kommerzijl|Lutjegast|Sebaldeburen|~Nuis|Niebert|Nietap|Enumatil|
Lettelbert|Midwolde|Oldehove|Ezinge|Sauwerd|Adorp|Wehe-den Hoorn|Kantens|Godlinze|~Spijk|Bierum|Holwierde|Krewerd|
Ruischerbrug|Meerstad|Woltersum|Kolham|Froombosch|Steendam|Tjuchem|Lageland|Overschild|Hellum|Westerbroek|Waterhuizen|
Eexta|Nieuw-Scheemda|Nieuwolda|Veelerveen|Vriescheloo|Zuidwending|Kiel-Windeweer|Annerveenschekanaal|Beijum|Lewenborg|
Vinkhuizen|Paddepoel|Selwerd|Oosterpark|Oosterparkwijk|Helpman|De Wijert|Corpus den Hoorn|Hoornse Meer|Korrewegwijk|
~De Hoogte|Zernike|Reitdiep|Noorddijk|Engelbert|Middelbert|Gravenburg|Europapark|Herewegbuurt|Oranjebuurt|Hoornse Park|
Laanhuizen|~De Held|Ebbingekwartier|~Tuinwijk|Indische Buurt|
Oosterwolde|Burgum|Bergum|Buitenpost|Kollum|Surhuisterveen|Damwâld|Damwoude|Grou|Akkrum|~Balk|~Workum|Makkum|Koudum|
Stavoren|Hindeloopen|~IJlst|Woudsend|Heeg|Wommels|Witmarsum|Berlikum|Sint Annaparochie|Sint Jacobiparochie|Stiens|
Dronryp|Menaldum|Minnertsga|Tzummarum|Marrum|Ferwert|Holwerd|Hallum|Lekkum|Jirnsum|Irnsum|Wergea|Goutum|Wirdum|
Earnewâld|Eernewoude|Bakkeveen|Beetsterzwaag|Ureterp|Wijnjewoude|Donkerbroek|Haulerwijk|Makkinga|Appelscha|Oldeberkoop|
Noordwolde|Steggerda|Sint Nicolaasga|Langweer|Oudehaske|Haskerhorne|Terherne|Sintjohannesga|Oldeholtpade|Nijetrijne|
Tijnje|Oudega|Nij Beets|Hurdegaryp|Hardegarijp|Garyp|Tytsjerk|Rijperkerk|Eastermar|Oostermeer|Gytsjerk|Feanwâlden|
Veenwouden|Kootstertille|Drogeham|Harkema|Twijzel|Augustinusga|Gerkesklooster|Kollumerzwaag|Zwaagwesteinde|De Westereen|
Ternaard|Anjum|Metslawier|Wetsens|Engwierum|Moddergat|Paesens|Wierum|Burdaard|Driesum|Rinsumageest|Jistrum|Noardburgum|
Quatrebras|De Knipe|Mildam|Katlijk|Oudeschoot|Nieuweschoot|Jubbega|Hoornsterzwaag|Oranjewoud|Tjalleberd|Luinjeberd|
Aldeboarn|West-Terschelling|Midsland|Formerum|Hollum|Ballum|Oost-Vlieland|Tirns|Scharnegoutum|Ysbrechtum|Oppenhuizen|
Uitwellingerga|Goënga|Midlum|Wijnaldum|Dongjum|Tzum|~Peins|Sexbierum|Pietersbierum|Achlum|Camminghaburen|Bilgaard|
Heechterp|Schieringen|Vrijheidswijk|Huizum|Zuiderburen|Aldlân|Sint Johannesga|Ravenswoud|Haule|Elsloo|Oldelamer|Sonnega|
Langelille|Nijemirdum|Oudemirdum|Sondel|~Rijs|Warns|Bakhuizen|Mirns|Gaastmeer|Oosthem|Abbega|Wâlterswâld|Westergeest|
Oudwoude|Lioessens|Hantum|Britsum|Jelsum|Cornjum|Swichum|Wytgaard|Reduzum|Roordahuizum|Idaerd|Warten|Wartena|Poppenwier|
Oldeboorn|Mantgum|Weidum|Jorwerd|~Baard|Easterein|~Oosterend|Hidaard|Spannum|Itens|Britswert|Tjerkwerd|Parrega|Exmorra|
Allingawier|Pingjum|~Arum|Kimswerd|~Zurich|Cornwerd|Gaast|Piaam|Schraard|Lollum|Wons|Engwier|Dedgum|Hichtum|Burgwerd|
Hartwerd|
~Norg|~Veenhuizen|Smilde|Bovensmilde|Hoogersmilde|Hooghalen|Uffelte|Ruinerwold|~De Wijk|Koekange|Pesse|Fluitenberg|
Nieuwlande|~Elim|Hollandscheveld|Tiendeveen|Veenoord|~Erica|Nieuw-Schoonebeek|Oosterhesselen|Zweeloo|Aalden|~Gees|
Weerdinge|Roswinkel|Barger-Oosterveld|Zwartemeer|Schoonoord|Valthe|Valthermond|Tweede Exloërmond|Eerste Exloërmond|
Exloërveen|Nieuw-Buinen|Buinen|Drouwen|Gasselte|Gasselternijveen|~Annen|Anloo|~Eext|~Rolde|Grolloo|Schoonloo|Zeijen|
~Donderen|~Yde|~De Punt|Angelslo|Emmerhout|Bargeres|Rietlanden|Delftlanden|Noordbarge|Zuidbarge|Emmermeer|Kloosterveen|
Marsdijk|Pittelo|~Lariks|Peelo|Baggelhuizen|~Krakeel|Erflanden|Wolfsbos|Wapse|~Vledder|Wapserveen|Frederiksoord|
Wilhelminaoord|Vledderveen|Mantinge|~Witteveen|Hijken|Drijber|Wijster|~Spier|Orvelte|~Elp|Nieuw-Dordrecht|Klijndijk|
Odoornerveen|Nieuw-Roden|Leutingewolde|Lieveren|Roderwolde|Foxwolde|Zuidvelde|Langelo|~Een|Westervelde|Assen-Oost|~Loon|
Deurze|Ekehaar|~Amen|~Ees|Eesergroen|Ellertshaar|Kerkenveld|Stuifzand|~Echten|~Linde|Veeningen|Nijstad|Noordscheschut|
Wachtum|Dalerveen|Dalerpeel|~'t Haantje|Noord-Sleen|~Erm|Diphoorn|Weiteveen|Zandpol|
Lemelerveld|Heino|Wijhe|Olst|Rouveen|IJhorst|Oldemarkt|Willemsoord|~Tuk|Blokzijl|Sint Jansklooster|Wanneperveen|
Belt-Schutsloot|Kuinre|Haarle|Daarle|Den Ham|Westerhaar|Sibculo|Kloosterhaar|Bergentheim|Dedemsvaart|~Balkbrug|Lutten|
Slagharen|Gramsbergen|Bruchterveld|Mariënberg|Beerze|Heemserveen|Radewijk|Hoge Hexel|Diepenheim|Ambt Delden|Bentelo|
Hengevelde|Buurse|Sint Isidorushoeve|Overdinkel|~Glane|De Lutte|Albergen|Geesteren|Harbrinkhoek|Mariaparochie|Fleringen|
Reutum|Langeveen|Manderveen|Hertme|Zenderen|Saasveld|Deurningen|Lonneker|Usselo|Wesselerbrink|Stroinkslanden|Helmerhoek|
Deppenbroek|Velve-Lindenhof|Pathmos|Twekkelerveld|Roombeek|Boswinkel|De Laares|Mekkelholt|Schreurserve|Wooldrik|
Het Brunink|Stokhorst|Boddenkamp|Lasonder|Berflo Es|Hasseler Es|Wilderinkshoek|Groot Driene|Klein Driene|Slangenbeek|
~Woolde|Hengelose Es|~Beckum|~Oele|Schelfhorst|Windmolenbroek|Nieuwstraatkwartier|Sluitersveld|Aalderinkshoek|
Ossenkoppelerhoek|Bornerbroek|Aadorp|Colmschate|Keizerslanden|Rivierenwijk|Borgele|~Platvoet|Zandweerd|Bathmen|
Diepenveen|Schalkhaar|Okkenbroek|Lettele|~Steenbrugge|Holterbroek|Stadshagen|Holtenbroek|Aa-landen|Westenholte|
~Assendorp|Diezerpoort|Berkum|Zwolle-Zuid|Ittersum|Wipstrik|Kamperpoort|Windesheim|Wijthmen|Spoolde|Brunnepe|Wilsum|
~Grafhorst|~Zalk|'s-Heerenbroek|Kamperveen|Boskamp|Welsum|Marle|Wesepe|Herxen|Heeten|Luttenberg|Nieuw-Heeten|Broekland|
Mariënheem|Laag Zuthem|Oudleusen|Hoonhorst|Vilsteren|Arriën|Lemele|Dijkerhoek|Espelo|Ossenzijl|Paasloo|Steenwijkerwold|
Eesveen|~Onna|Scheerwolde|Kalenberg|Blankenham|Muggenbeet|Nijensleek|Mastenbroek|Cellemuiden|Punthorst|Hamingen|
Nieuwleusen|Nieuwebrug|Dalmsholte|Lierderholthuis|~Rossum|Enschede-Zuid|Hengelo-Noord|Beltrum|Brucht|Collendoorn|
Venebrugge|De Krim|Anerveen|~Loozen|Holtheme|Rheeze|Diffelen|~Ane|~Junne|Stegeren|Boerhaar|Vorden|
Swifterbant|Marknesse|~Ens|~Kraggenburg|Luttelgeest|~Bant|~Rutten|~Creil|~Espel|Tollebeek|~Nagele|Ketelhaven|
Almere Haven|Almere Stad|Almere Buiten|Almere Poort|Almere Hout|Almere Pampus|Almere Oosterwold|Oosterwold|Muziekwijk|
Danswijk|Filmwijk|Stedenwijk|Tussen de Vaarten|Literatuurwijk|~Waterwijk|~Parkwijk|Kruidenwijk|Verzetswijk|
Noorderplassen|Homeruskwartier|Regenboogbuurt|Faunabuurt|Lelystad-Haven|Atolwijk|Boswijk|Kustwijk|Zuiderzeewijk|
~Warande|Hollandse Hout|Schokland|
't Harde|Doornspijk|Hattemerbroek|~Emst|~Oene|Wapenveld|Veessen|Hoenderloo|Beekbergen|Klarenbeek|~Lieren|Ugchelen|
Wenum-Wiesel|Hoog Soeren|~Uddel|~De Maten|Osseveld|Woudhuis|Matenveld|Kerschoten|Sprenkelaar|Staatsliedenkwartier|
Twello|Terwolde|~Wilp|~Teuge|Nijbroek|Gietelo|Warnsveld|~Leesten|Barchem|Gorssel|~Epse|~Eefde|~Almen|Harfsen|~Exel|
Leuvenheim|~Empe|~Tonden|Zelhem|Hummelo|Keijenborg|Steenderen|~Baak|Toldijk|Velswijk|~Drempt|~Bronkhorst|Olburgen|
Wichmond|Ruurlo|~Rekken|Haarlo|Gelselaar|Noordijk|Rietmolen|Lievelde|~Harreveld|Zieuwent|Vragender|Mariënvelde|Meddo|
~Kotten|~Miste|Bredevoort|Dinxperlo|IJzerlo|Gendringen|Silvolde|Varsseveld|Sinderen|Breedenbroek|Megchelen|~Westendorp|
Netterden|Gaanderen|~Wehl|Nieuw-Wehl|Dichteren|~Wijnbergen|'s-Heerenberg|Zeddam|Loerbeek|~Braamt|~Kilder|Stokkum|
Azewijn|Babberich|Giesbeek|Lathum|Angerlo|Groessen|Pannerden|Herwen|Aerdt|Lobith|~Tolkamer|Oud-Zevenaar|~Ooij|~De Steeg|
Ellecom|Laag-Soeren|Spankeren|Presikhaaf|Malburgen|Elderveld|De Laar|Rijkerswoerd|Schuytgraaf|Klarendal|Spijkerkwartier|
Geitenkamp|Monnikenhuizen|~Vredenburg|~Kronenburg|Immerloo|Schaarsbergen|Heijenoord|Burgemeesterswijk|~Sonsbeek|
Cranevelt|Angerenstein|Paasberg|Hoogkamp|~Elden|Meinerswijk|Heveadorp|Wolfheze|Heteren|~Randwijk|~Driel|Andelst|~Hemmen|
Valburg|Herveld|Slijk-Ewijk|~Gendt|Haalderen|Doornenburg|Angeren|Ressen|Dukenburg|Lindenholt|~Hatert|~Hees|
Neerbosch-Oost|Nijmegen-Oost|Nijmegen-Noord|Bottendaal|Galgenveld|Altrade|~Hazenkamp|Brakkenstein|Heyendaal|Grootstal|
Hengstdal|Weezenhof|Meijhorst|Aldenhof|~Tolhuis|Zwanenveld|Malvert|Staddijk|Lankforst|Neerbosch|Heseveld|
Willemskwartier|Wolfskuil|Nije Veld|Goffert|Hunnerberg|Waalsprong|~Lent|Alverna|Balgoij|~Batenburg|Bergharen|Hernen|
Niftrik|Woezik|Overasselt|Nederasselt|Ubbergen|Millingen aan de Rijn|~Leuth|Kekerdom|Persingen|Breedeweg|
Heilig Landstichting|~Ewijk|Winssen|~Weurt|Afferden|Deest|~Horssen|Puiflijk|Beneden-Leeuwen|Boven-Leeuwen|Wamel|
~Dreumel|Altforst|~Maasbommel|Appeltern|Kerkdriel|Velddriel|Hedel|Ammerzoden|Hurwenen|~Alem|Heerewaarden|~Brakel|
~Gameren|~Nieuwaal|Zuilichem|Poederoijen|Bruchem|Nederhemert|Delwijnen|Wadenoijen|Kapel-Avezaath|Zennewijnen|Passewaaij|
Eck en Wiel|Kerk-Avezaath|Erichem|Beusichem|~Zoelen|Zoelmond|~Ommeren|~Ravenswaaij|Opheusden|Dodewaard|~IJzendoorn|
~Echteld|Ochten|Beesd|Asperen|Heukelum|~Herwijnen|Haaften|~Tuil|~Waardenburg|Neerijnen|Ophemert|Meteren|Enspijk|~Rumpt|
Tricht|Buurmalsen|Acquoy|Gellicum|Rhenoy|~Vuren|Hellouw|Opijnen|Ederveen|~De Klomp|~Harskamp|~Otterlo|Wekerom|
~Veldhuizen|~Kernhem|Rietkampen|Kootwijkerbroek|Garderen|~Stroe|~Kootwijk|Terschuur|Zwartebroek|De Glind|Nijkerkerveen|
Speuld|Hierden|Drielanden|Stadsweiden|Vierhouten|Hulshorst|Vorchten|
Maarsbergen|Leersum|Overberg|~Achterberg|~Schalkwijk|Tull en 't Waal|'t Goy|~Vreeswijk|Jutphaas|~Benschop|Polsbroek|
~Jaarsveld|Lopikerkapel|Cabauw|~Zijderveld|Leerbroek|~Meerkerk|~Tienhoven|Kedichem|Schoonrewoerd|Baambrugge|Amstelhoek|
Waverveen|Loenen aan de Vecht|Nigtevecht|Nieuwer Ter Aa|Kockengen|Oud-Maarsseveen|Nieuwersluis|~Vreeland|Oud-Zuilen|
Maarssenbroek|Harmelen|Kamerik|~Zegveld|~Linschoten|Hekendorp|Papekop|Snelrewaard|Soestduinen|Groenekan|~Westbroek|
Achttienhoven|Austerlitz|Huis ter Heide|Bosch en Duin|Den Dolder|Lage Vuursche|Eembrugge|Achterveld|Stoutenburg|
Driebergen-Rijsenburg|~Ondiep|Hoograven|Lunetten|~Tuindorp|Wittevrouwen|Oog in Al|Transwijk|Dichterswijk|Tolsteeg|
Voordorp|Oudwijk|Abstede|Terwijde|Vleuterweide|~Langerak|Haarzuilens|Pijlsweerd|Votulast|Elinkwijk|Rijnsweerd|De Uithof|
Majellapark|~Halve Maan|Sterrenwijk|~Kattenbroek|~Schothorst|Zielhorst|~Hoogland|Hooglanderveen|Liendert|~Rustenburg|
Randenbroek|Soesterkwartier|Leusderkwartier|Vermeerkwartier|~Schuilenburg|Kruiskamp|~Koppel|Calveen|~Isselt|
Bergkwartier|~Nieuwland|Galecop|Batau|~Doorslag|Fokkesteeg|Merwestein|Zuilenstein|Huis de Geer|Hoog Zandveld|Blokhoeve|
Rijnhuizen|Zenderpark|Molenvliet|Snel en Polanen|~Oosterwijk|
Westzaan|Jisp|Wijdewormer|Oostknollendam|Weidevenne|Overwhere|Purmer|Ilpendam|Middelie|Kwadijk|Warder|Oosthuizen|~Beets|
Hobrede|Schardam|Etersheim|Avenhorn|Ursem|Scharwoude|~Berkhout|De Goorn|Spierdijk|Zuidermeer|Hensbroek|Wognum|~Zwaag|
~Blokker|Westwoud|Hoogkarspel|Lutjebroek|Grootebroek|Bovenkarspel|Venhuizen|~Hem|Oosterblokker|Wijdenes|Oosterleek|
Schellinkhout|Onderdijk|Abbekerk|~Twisk|Opperdoes|Midwoud|Oostwoud|Hauwert|Nibbixwoud|Zwaagdijk|Lambertschaag|
Benningbroek|Sijbekarspel|Spanbroek|Hoogwoud|Aartswoud|De Weere|Wadway|Oudkarspel|Noord-Scharwoude|Zuid-Scharwoude|
Broek op Langedijk|Sint Pancras|~Koedijk|Oudorp|Daalmeer|Huiswaard|Overdie|Hoefplan|De Mare|Vroonermeer|Stad van de Zon|
Schermerhorn|Grootschermer|~Graft|De Rijp|Oterleek|Zuidschermer|Stompetoren|Driehuizen|Egmond aan den Hoef|
Egmond-Binnen|~Groet|Camperduin|~Hargen|Bergen aan Zee|~Bakkum|~Limmen|Akersloot|Wijk aan Zee|Velsen-Noord|Velsen-Zuid|
Driehuis|Santpoort-Noord|Santpoort-Zuid|Velserbroek|Haarlem-Noord|Haarlem-Oost|Zuiderpolder|Boerhaavewijk|~Meerwijk|
~Molenwijk|Delftwijk|Garenkokerskwartier|Rozenprieel|Leidsebuurt|Kleverpark|Transvaalwijk|Haarlemmerhout|Overveen|
Aerdenhout|~Bentveld|Vogelenzang|Cruquius|Abbenes|Buitenkaag|Burgerveen|Rijsenhout|Zwaanshoek|Beinsdorp|Vijfhuizen|
Boesingheliede|Aalsmeerderbrug|Oude Meer|~Lijnden|Toolenburg|Floriande|Overbos|Bornholm|Graan voor Visch|Kudelstaart|
De Kwakel|Bovenkerk|~Westwijk|Middenhoven|Groenelaan|Bankras|Elsrijk|Waardhuizen|Keizer Karelpark|Randwijck|
Ouderkerk aan de Amstel|Duivendrecht|Muiderberg|Kerkelanden|Hilversum-Noord|Hilversum-Zuid|Hilversumse Meent|
Over 't Spoor|'s-Graveland|Julianadorp|Huisduinen|Nieuw-Den Helder|De Schooten|Anna Paulowna|Wieringerwerf|Middenmeer|
Slootdorp|Hippolytushoef|Den Oever|Westerland|Breezand|Kolhorn|Nieuwe Niedorp|Oude Niedorp|~'t Veld|Barsingerhorn|
Haringhuizen|Lutjewinkel|Wieringerwaard|Schagerbrug|Dirkshorn|~'t Zand|~Petten|Burgerbrug|~Sint Maarten|Callantsoog|
Groote Keeten|Sint Maartensbrug|Warmenhuizen|Tuitjenhorn|Harenkarspel|Oudesluis|Waarland|Kalverdijk|De Koog|Oudeschild|
~Den Hoorn|De Cocksdorp|~De Waal|Den Ilp|Purmerland|~Marken|Watergang|Zuiderwoude|Uitdam|Katwoude|Wieringen|
Nieuw-West|De Pijp|Jordaan|Geuzenveld|Slotermeer|De Baarsjes|Bos en Lommer|Oud-West|~Westerpark|Spaarndammerbuurt|
Staatsliedenbuurt|Kinkerbuurt|Oud-Zuid|Rivierenbuurt|Buitenveldert|Zuidas|Watergraafsmeer|Dapperbuurt|Oosterparkbuurt|
Transvaalbuurt|IJburg|Zeeburg|Zeeburgereiland|Oostelijk Havengebied|Amsterdam-Noord|Amsterdam-Zuidoost|Amsterdam-West|
Amsterdam-Oost|Amsterdam-Zuid|Amsterdam-Centrum|Tuindorp Oostzaan|Nieuwendam|Buiksloot|Banne Buiksloot|Volewijck|
Vogeldorp|Van der Pekbuurt|Tuindorp Nieuwendam|Buikslotermeer|Kadoelen|Holendrecht|Reigersbos|Gaasperdam|Bijlmermeer|
Ganzenhoef|Kraaiennest|Venserpolder|Driemond|Nellestein|Bullewijk|Frankendael|Betondorp|Overamstel|Stadionbuurt|
Schinkelbuurt|Apollobuurt|Museumkwartier|Vondelbuurt|Willemspark|Hoofddorppleinbuurt|Overtoomse Veld|Nieuw Sloten|
~Sloten|De Aker|Osdorp-Midden|Grachtengordel|Burgwallen|Nieuwmarkt|Lastage|~Plantage|Weesperbuurt|Oostelijke Eilanden|
Kattenburg|Wittenburg|Haarlemmerbuurt|Westelijke Eilanden|Houthavens|Frederik Hendrikbuurt|Chassébuurt|Landlust|
~Kolenkit|Sloterdijk|Zeeheldenbuurt|Overhoeks|Nieuwendammerham|Buiksloterham|Oud-Oost|~Gein|
Rotterdam-Noord|Rotterdam-Zuid|Rotterdam-Centrum|Rotterdam-West|Rotterdam-Oost|Crooswijk|Kralingen-Crooswijk|Bospolder|
Tussendijken|~Spangen|Nieuwe Westen|Middelland|Oud-Mathenesse|Witte Dorp|Schiemond|Oud-Charlois|Carnisse|Tarwewijk|
Zuidwijk|Pendrecht|Wielewaal|~Zuiderpark|Zuidplein|Heijplaat|Afrikaanderwijk|~Bloemhof|Hillesluis|Katendrecht|
Kop van Zuid|Noordereiland|Vreewijk|Beverwaard|Lombardijen|Groot-IJsselmonde|Oud-IJsselmonde|Schiebroek|Terbregge|
Ommoord|Zevenkamp|~Prins Alexander|Het Lage Land|Kralingseveer|Nesselande|Oosterflank|Kleinpolder|Blijdorp|Bergpolder|
Liskwartier|Agniesebuurt|Oude Noorden|Provenierswijk|Stadsdriehoek|Oude Westen|Dijkzigt|Scheepvaartkwartier|Hoogvliet|
Pernis|Hoek van Holland|Kralingen-West|Kralingen-Oost|De Esch|Struisenburg|Nieuw-Crooswijk|Oud-Crooswijk|Rubroek|
Molenlaankwartier|Hillegersberg-Noord|Hillegersberg-Zuid|Zestienhoven|Kleiwegkwartier|~Schieveen|Nieuw-Mathenesse|
Duindorp|Loosduinen|Escamp|Segbroek|~Laak|Haagse Hout|Leidschenveen-Ypenburg|Leidschenveen|Ypenburg|Wateringse Veld|
Bouwlust|Vrederust|Morgenstond|Oostbroek|Leyenburg|Transvaalkwartier|Spoorwijk|Laakkwartier|Binckhorst|
Regentessekwartier|Valkenboskwartier|Vogelwijk|~Bohemen|~Waldeck|Mariahoeve|Bezuidenhout|Benoordenhout|Archipelbuurt|
Zeeheldenkwartier|Duinoord|Statenkwartier|Geuzenkwartier|Stationsbuurt|Kraayenstein|Houtwijk|Erasmusveld|Hoornwijck|
Ockenburgh|Madestein|
Voorhout|Warmond|Roelofarendsveen|Rijnsaterwoude|Leimuiden|Woubrugge|Hoogmade|Oude Wetering|Nieuwe Wetering|~Kaag|
Oud Ade|Rijpwetering|Nieuwveen|Ter Aar|Zevenhoven|~Noorden|Woerdense Verlaat|Langeraar|Hazerswoude-Dorp|
Hazerswoude-Rijndijk|Koudekerk aan den Rijn|Benthuizen|Aarlanderveen|Zwammerdam|~Oudshoorn|Ridderveld|Nieuwerbrug|
~Waarder|Driebruggen|Sluipwijk|Reeuwijk-Dorp|Reeuwijk-Brug|Goverwelle|Plaswijck|Korte Akkeren|Kort Haarlem|Gouda-Noord|
Moerkapelle|Ouderkerk aan den IJssel|Lekkerkerk|Krimpen aan de Lek|Stolwijk|Haastrecht|Vlist|Gouderak|Berkenwoude|
Ammerstol|Willige Langerak|Schollevaar|Oostgaarde|Middelwatering|'s-Gravenland|Capelle-West|Fascinatio|Bergschenhoek|
Delfgauw|Schipluiden|'s-Gravenzande|Poeldijk|~De Lier|Honselersdijk|Kwintsheul|~Maasdijk|Ter Heijde|Tanthof|~Voorhof|
Buitenhof|Hof van Delft|Wippolder|Vrijenban|Poptahof|Merenwijk|Stevenshof|Leiden-Noord|Roomburg|Professorenwijk|
~De Kooi|Boerhaavedistrict|Tuinstadwijk|Morskwartier|Slaaghwijk|Rijnsburg|Katwijk aan Zee|Katwijk aan den Rijn|De Zilk|
Noordwijk aan Zee|Noordwijk-Binnen|Stompwijk|Rokkeveen|Seghwaert|Meerzicht|Palenstein|Driemanspolder|Noordhove|
Oosterheem|Buytenwegh|De Leyens|Sterrenburg|Crabbehof|Wielwijk|Krispijn|Reeland|Stadspolders|Dubbeldam|Oud-Krispijn|
Nieuw-Krispijn|Dordtse Hout|Heerjansdam|Kort Ambacht|Walburg|Nederhoven|Meerdervoort|Groote Lindt|Nieuw-Lekkerland|
Kinderdijk|Streefkerk|Groot-Ammers|Bleskensgraaf|~Brandwijk|Molenaarsgraaf|Oud-Alblas|Goudriaan|Ottoland|~Wijngaarden|
Noordeloos|~Hoornaar|Hoogblokland|Schelluinen|Giessen-Oudekerk|Lingewijk|Laag Dalem|Hoog Dalem|Stalkaarsen|Wijdschild|
Carnisselande|Smitshoek|~Rhoon|Poortugaal|Bolnes|Slikkerveer|Rijsoord|Drievliet|Puttershoek|~Maasdam|Mijnsheerenland|
Westmaas|Klaaswaal|Numansdorp|Strijen|'s-Gravendeel|Zuid-Beijerland|Nieuw-Beijerland|Piershil|~Goudswaard|Heinenoord|
Mookhoek|Strijensas|Hekelingen|Geervliet|Heenvliet|Abbenbroek|~Zuidland|Simonshaven|Rockanje|Oostvoorne|~Tinte|
Vierpolders|Zwartewaal|Oudenhoorn|Nieuwenhoorn|Sommelsdijk|Dirksland|Ouddorp|Goedereede|Stellendam|Melissant|Herkingen|
Oude-Tonge|Den Bommel|Ooltgensplaat|Nieuwe-Tonge|Stad aan 't Haringvliet|Achthuizen|Babberspolder|Vettenoord|Groenoord|
Kethel|Woudhoek|Spaland|Steendijkpolder|Koningshoek|Steenvoorde|Te Werve|Stervoorde|Oud-Rijswijk|
Aardenburg|IJzendijke|Cadzand|~Groede|Schoondijke|Retranchement|Nieuwvliet|~Sint Kruis|~Eede|Waterlandkerkje|Hoofdplaat|
Biervliet|Sas van Gent|Westdorpe|Philippine|Zaamslag|Koewacht|~Hoek|~Spui|~Overslag|Zuiddorpe|Clinge|Kloosterzande|
Hengstdijk|Lamswaarde|~Graauw|Nieuw-Namen|Vogelwaarde|Ossenisse|Kapellebrug|Walsoorden|Terhole|Wemeldinge|Biezelinge|
Kattendijke|~Schore|Kruiningen|Rilland|Krabbendijke|~Waarde|Hansweert|Oostdijk|~Bath|Borssele|Heinkenszand|
's-Heerenhoek|~Nisse|Lewedorp|'s-Gravenpolder|Baarland|Ovezande|Driewegen|Hoedekenskerke|Kwadendamme|Ellewoutsdijk|
Nieuwdorp|Kloetinge|'s-Heer Arendskerke|Wilhelminadorp|Wolphaartsdijk|Oudelande|Kortgene|Kamperland|Colijnsplaat|
Wissenkerke|Geersdijk|~Kats|Oostkapelle|Serooskerke|Vrouwenpolder|Aagtekerke|Koudekerke|Biggekerke|Zoutelande|
Meliskerke|Grijpskerke|Gapinge|Ritthem|Oost-Souburg|West-Souburg|Souburg|Arnemuiden|~Sint Laurens|Dauwendaele|
Brouwershaven|Burgh-Haamstede|Haamstede|Renesse|Noordwelle|Ellemeet|Scharendijke|Kerkwerve|~Nieuwerkerk|~Ouwerkerk|
~Oosterland|Bruinisse|Dreischor|Zonnemaire|Noordgouwe|Sirjansland|Sint-Maartensdijk|~Poortvliet|Scherpenisse|
Sint-Annaland|Oud-Vossemeer|Stavenisse|Sint Philipsland|Anna Jacobapolder|Goes-Oost|Goes-Zuid|Goes-West|Middelburg-Zuid|
Vlissingen-Oost|
Waspik|Sprang-Capelle|~Raamsdonk|Lage Zwaluwe|Hooge Zwaluwe|Wagenberg|~Zevenbergen|~Klundert|Willemstad|Fijnaart|
Heijningen|Standdaarbuiten|Zevenbergschen Hoek|Langeweg|Oudenbosch|~Hoeven|Bosschenhoofd|Oud Gastel|Stampersgat|
Halsteren|Lepelstraat|~Wouw|Nispen|Heerle|Wouwse Plantage|Sprundel|~Schijf|Sint Willebrord|~Zegge|~Rijsbergen|~Achtmaal|
Klein-Zundert|Wernhout|Ossendrecht|Hoogerheide|Huijbergen|~Putte|Welberg|Kruisland|Nieuw-Vossemeer|Dinteloord|~De Heen|
Ulicoten|Castelré|Galder|Strijbeek|Molenschot|~Hulten|Diessen|Biest-Houtakker|Haghorst|Esbeek|Baarschot|Moergestel|
Helvoirt|Biezenmortel|~De Moer|~Elshout|Nieuwkuijk|Haarsteeg|Hedikhuizen|~Oudheusden|Herpt|Doeveren|~Hank|~Dussen|
Babyloniënbroek|Genderen|Eethen|~Meeuwen|~Giessen|~Andel|Wijk en Aalburg|~Uitwijk|~Nieuwendijk|Sleeuwijk|
Vrijhoeve-Capelle|Besoijen|~Baardwijk|Den Dungen|~Gemonde|Berlicum|Middelrode|Maaskantje|Lennisheuvel|~Olland|~Boskant|
Wijbosch|~Eerde|Keldonk|Mariaheide|Zijtaart|~Boerdonk|Heeswijk-Dinther|~Heeswijk|Dinther|~Loosbroek|Nistelrode|
~Vorstenbosch|~Heesch|~Vinkel|~Geffen|Nuland|Berghem|~Ravenstein|Megen|Macharen|~Lith|Lithoijen|~Oijen|Teeffelen|
Maren-Kessel|Huisseling|Neerlangel|Herpen|Overlangel|Deursen-Dennenburg|~Dieden|Demen|Schaijk|~Reek|Langenboom|Gassel|
~Beers|~Haps|Wilbertoord|~Sint Hubert|~Sambeek|~Beugen|Vortum-Mullem|~Oeffelt|Rijkevoort|Maashees|Holthees|Milheeze|
~De Mortel|~Handel|Elsendorp|De Rips|Beek en Donk|Aarle-Rixtel|~Lieshout|Mariahout|Venhorst|Helenaveen|Liessel|Vlierden|
Neerkant|~Ommel|Someren-Eind|~Lierop|~Gerwen|Nederwetten|~Breugel|Spoordonk|Middelbeers|Oostelbeers|Westelbeers|
Hoogeloon|~Casteren|~Duizel|~Steensel|~Knegsel|~Vessem|Wintelre|Hooge Mierde|Lage Mierde|~Hulsel|Luyksgestel|
Borkel en Schaft|~Aalst|~Zeelst|Meerveldhoven|~Oerle|Budel-Schoot|Budel-Dorplein|Soerendonk|Brandevoort|Dierdonk|
~Stiphout|Rijpelberg|Brouwhuis|Mierlo-Hout|~Woensel|Woensel-Noord|Woensel-Zuid|~Strijp|Strijp-S|~Gestel|~Stratum|
Tongelre|Meerhoven|~Acht|Blixembosch|Vaartbroek|Doornakkers|Lakerlopen|~'t Hofke|Kronehoef|Genderdal|Jagershoef|
Oud-Woensel|Achtse Molen|Oud-Stratum|~Limbeek|Philipsdorp|Drents Dorp|Oud-Strijp|Reeshof|Tilburg-Noord|Tilburg-West|
Tilburg-Oost|Tilburg-Zuid|~Theresia|~Broekhoven|De Blaak|Armhoef|Korvel|Groeseind|Stokhasselt|Quirijnstok|Witbrant|
Wandelbos|Koningshoeven|Haagse Beemden|Princenhage|~Ginneken|Hoge Vucht|Tuinzigt|Brabantpark|Boeimeer|Belcrum|Heilaar|
IJpelaar|Kesterenpark|Geeren-Noord|Geeren-Zuid|Blauwe Kei|Bouvigne|~Empel|Maaspoort|De Muntel|De Vliert|~Orthen|
Graafsepoort|Boschveld|~Engelen|Hintham|De Groote Wielen|~Bokhoven|Cromvoirt|Kroeven|Tolberg|Langdonk|Kalsdonk|
Gageldonk|Noordgeest|Borgvliet|~Dorst|Oosteind|~Den Hout|Klein-Dongen|'s Gravenmoer|
~Born|Limbricht|Munstergeleen|Obbicht|Grevenbicht|Buchten|Einighausen|Holtum|Guttecoven|Broeksittard|Overhoven|
Lindenheuvel|Krawinkel|Lutterade|Urmond|Berg aan de Maas|Spaubeek|Genhout|Neerbeek|Geverik|Bunde|Ulestraten|Rothem|
Geulle|Berg en Terblijt|Houthem|Schin op Geul|Broekhem|Walem|Eijsden|Margraten|Gronsveld|Rijckholt|Mheer|~Noorbeek|
Banholt|Cadier en Keer|Bemelen|Eckelrade|Sint Geertruid|~Mesch|Oost-Maarland|~Breust|Wijlre|~Mechelen|~Epen|Slenaken|
~Eys|Wittem|Nijswiller|~Partij|Lemiers|~Vijlen|Holset|Bocholtz|~Klimmen|Ransdaal|Ubachsberg|Kunrade|Schinnen|Merkelbeek|
Jabeek|Bingelrade|Amstenrade|Oirsbeek|Hulsberg|Wijnandsrade|Treebeek|Rumpen|Schaesberg|Nieuwenhagen|Ubach over Worms|
Rimburg|Eygelshoven|Chevremont|Bleijerheide|Haanrade|Spekholzerheide|Terwinselen|Heerlerheide|Meezenbroek|Schandelen|
~Molenberg|Welten|Benzenrade|Vrieheide|Passart|Zeswegen|Heksenberg|Mariarade|Maria Gewanden|~Pey|Maria-Hoop|
Koningsbosch|~Nieuwstadt|Roosteren|~Dieteren|Ohé en Laak|~Sint Joost|~Slek|Asenray|Maasniel|~Asselt|Boukoul|
Kapel in 't Zand|Donderberg|~Vlodrop|Herkenbosch|~Melick|Sint Odiliënberg|Posterholt|Montfort|~Wessem|~Heel|~Linne|
Stevensweert|Beegden|Panheel|Brachterbeek|Heythuysen|Haelen|~Horn|Roggel|~Neer|Baexem|Grathem|~Buggenum|~Hunsel|
Ittervoort|Kelpen-Oler|Nunhem|~Ell|~Haler|Neeritter|Altweerterheide|Tungelroy|Swartbroek|~Leuken|~Moesel|Boshoven|
~Keent|Ospel|Budschop|Leveroy|Nederweert-Eind|Ospeldijk|Maasbree|~Kessel|Baarlo|Beringe|Egchel|Grashoek|Koningslust|
Kessel-Eik|Meijel|Steyl|~Boekend|Hout-Blerick|~Broekhuizen|Broekhuizenvorst|Hegelsom|Meterik|Melderslo|Lottum|Swolgen|
~Kronenberg|Evertsoord|Griendtsveen|~Oostrum|Oirlo|Castenray|~Leunen|~Veulen|~Heide|Merselo|Ysselsteyn|Vredepeel|
~Blitterswijk|Geijsteren|~Smakt|Heijen|Milsbeek|Ottersum|Ven-Zelderheide|~Well|Wellerlooi|Siebengewald|Nieuw-Bergen|
~Aijen|~Mook|~Middelaar|Molenhoek|Plasmolen|Offenbeek|~Wyck|Céramique|~Heer|~Heugem|Randwyck|~Limmel|~Caberg|Malberg|
Pottenberg|Brusselsepoort|Daalhof|Mariaberg|Oud-Vroenhoven|~Wolder|~Sint Pieter|Jekerdal|~Scharn|~Amby|Wittevrouwenveld|
~Nazareth|Itteren|Borgharen|Boschpoort|Frontenkwartier|~Belfort|~Campagne|Wyckerpoort|Biesland|Dousberg|Hazendans|
Malpertuis|
Poelenburg|Kogerveld|Rosmolenwijk|Peldersveld|Westerwatering|Zaandam-Oost|Zaandam-Zuid|Zaandam-West|Kersenboogerd|
Grote Waal|Risdam|Bangert en Oosterpolder|Butterhuizen|Edelstenenwijk|Maaswijk|Schiekamp|~De Akkers|Sluisbuurt|
Oostpoort|Amsterdam Nieuw-West|Den Haag-Zuidwest|Utrecht-Noordwest|Utrecht-Zuid|Utrecht-Overvecht|Leidsche Rijn Centrum|
Ede-Zuid|Ede-Oost|Ede-West|Apeldoorn-Zuid|Apeldoorn-Noord|Arnhem-Zuid|Arnhem-Noord|Breda-Noord|Breda-Oost|Breda-West|
Eindhoven-Noord|Tilburg-Reeshof|Helmond-Noord|Helmond-West|Helmond-Oost|Almelo-Noord|Hengelo-Zuid|Deventer-Oost|
Zwolle-Noord|Emmen-Zuid|Emmen-Noord|Assen-West|Assen-Noord|Groningen-Noord|Groningen-Zuid|Groningen-Oost|
Leeuwarden-Noord|Leeuwarden-Zuid|Lelystad-Noord|Almere-Stad|Almere-Haven|Almere-Buiten|Almere-Poort|Almere-Hout|
Dordrecht-West|Dordrecht-Oost|Zoetermeer-Noord|Delft-Noord|Delft-Zuid|Leiden-Zuid|Haarlem-Zuid|Haarlem-West|
Haarlem-Schalkwijk|Amersfoort-Noord|Amersfoort-Zuid|Amersfoort-Oost|Nijmegen-West|Nijmegen-Zuid|Nijmegen-Centrum|
Maastricht-Oost|Maastricht-West|Maastricht-Zuid|Heerlen-Noord|Venlo-Zuid|Roermond-Oost|Sittard-Noord|Geleen-Zuid|
Heerlerbaan|Grasbroek|Nieuw Lotbroek|Ten Esschen|Caumerveld|Douve Weien|Rennemig|Bekkerveld|Eikenderveld|Abdissenbosch|
Waubach|~Holz|~Gracht|Doenrade|Schimmert|Arensgenhout|Sibbe|Ingber|Vaesrade|Blitterswijck|Nieuw Bergen|Zorgvlied|
Barger-Compascuum|Nieuweroord|Geesbrug|Ansen|Eemster|~Bomenbuurt|~Bloemenbuurt|Marlot|~Zorgvliet|~Vruchtenbuurt|Wateringseveld|
De Eschmarke|Eschmarke|Stroinslanden|Het Zoekerveld|Ruwenbos|~Hogeland|Stadsveld|Bolhaar|Cromhoffsbleek|Laares|Horstlanden|
Dolphia|Bruggert|Ribbelt|Park Stokhorst|De Leuriks|Marssteden|Het Pathmos|Oldenelerbroek|~Schelle|Veerallee|~Dieze|Frankhuis|
Herfte|Hanzeland|
`;
