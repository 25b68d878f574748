/**
 * Dutch municipalities, towns, villages and a few city districts, compiled by hand for
 * Dossierhulp from public facts (no third-party list copied). A leading tilde marks a
 * name that is also an ordinary word or a first name ("Best", "Putten", "Goes"): those
 * count as a place only with context ("in Best", "te Goes", after a postcode).
 */
export const PLACES = `
Aa en Hunze|Aalsmeer|Aalten|Achtkarspelen|Alblasserdam|Albrandswaard|Alkmaar|Almelo|Almere|Alphen aan den Rijn|
Alphen-Chaam|Altena|Ameland|Amersfoort|Amstelveen|Amsterdam|Apeldoorn|Appingedam|Arnhem|Assen|~Asten|Baarle-Nassau|
Baarn|Barendrecht|Barneveld|~Beek|Beekdaelen|Beesel|Berg en Dal|Bergeijk|~Bergen|Bergen op Zoom|Berkelland|Bernheze|
~Best|Beuningen|Beverwijk|Bladel|Blaricum|Bloemendaal|Bodegraven|Bodegraven-Reeuwijk|Boekel|Borger-Odoorn|~Borne|
Borsele|Boxmeer|Boxtel|Breda|Bronckhorst|Brummen|Brunssum|Bunnik|Bunschoten|~Buren|Capelle aan den IJssel|Castricum|
Coevorden|Cranendonck|Culemborg|Dalfsen|Dantumadiel|De Bilt|De Fryske Marren|De Ronde Venen|De Wolden|Delft|Den Haag|
's-Gravenhage|Den Helder|Deurne|Deventer|~Diemen|Dijk en Waard|Dinkelland|Doesburg|Doetinchem|Dongen|Dordrecht|
Drechterland|Drimmelen|Dronten|Druten|Duiven|Echt-Susteren|Edam-Volendam|Ede|Eemnes|Eemsdelta|Eersel|
Eijsden-Margraten|Eindhoven|Elburg|Emmen|Enkhuizen|Enschede|~Epe|Ermelo|Etten-Leur|Geertruidenberg|Geldrop-Mierlo|
Gemert-Bakel|Gennep|Gilze en Rijen|Goeree-Overflakkee|~Goes|Goirle|Gooise Meren|Gorinchem|~Gouda|Groningen|
Gulpen-Wittem|Haaksbergen|Haarlem|Haarlemmermeer|Halderberge|Hardenberg|Harderwijk|Hardinxveld-Giessendam|Harlingen|
Hattem|Heemskerk|Heemstede|Heerde|Heerenveen|Heerlen|Heeze-Leende|Heiloo|Hellendoorn|Helmond|Hendrik-Ido-Ambacht|
Hengelo|'s-Hertogenbosch|Den Bosch|Heumen|Heusden|Hillegom|Hilvarenbeek|Hilversum|Hoeksche Waard|Hof van Twente|
Hollands Kroon|Hoogeveen|~Hoorn|Horst aan de Maas|Houten|~Huizen|Hulst|IJsselstein|Kaag en Braassem|Kampen|Kapelle|
Katwijk|Kerkrade|Koggenland|Krimpen aan den IJssel|Krimpenerwaard|Laarbeek|Land van Cuijk|Landgraaf|Landsmeer|
Lansingerland|~Laren|Leeuwarden|~Leiden|Leiderdorp|Leidschendam-Voorburg|Lelystad|Leudal|Leusden|Lingewaard|Lisse|
Lochem|Loon op Zand|Lopik|Losser|Maasdriel|Maasgouw|Maashorst|Maassluis|Maastricht|Medemblik|Meerssen|Meierijstad|
Meppel|Middelburg|Midden-Delfland|Midden-Drenthe|Midden-Groningen|Moerdijk|Molenlanden|Montferland|Montfoort|
Mook en Middelaar|Neder-Betuwe|Nederweert|Nieuwegein|Nieuwkoop|Nijkerk|Nijmegen|Nissewaard|Noardeast-Fryslân|
Noord-Beveland|Noordenveld|Noordoostpolder|Noordwijk|Nuenen|Nunspeet|Oegstgeest|Oirschot|Oisterwijk|Oldambt|Oldebroek|
Oldenzaal|Olst-Wijhe|Ommen|Oost Gelre|Oosterhout|Ooststellingwerf|Oostzaan|Opmeer|Opsterland|~Oss|Oude IJsselstreek|
Ouder-Amstel|Oudewater|Overbetuwe|Papendrecht|Peel en Maas|Pekela|Pijnacker-Nootdorp|Purmerend|~Putten|Raalte|
Reimerswaal|Renkum|Renswoude|Reusel-De Mierden|Rheden|Rhenen|Ridderkerk|Rijssen-Holten|Rijswijk|Roerdalen|Roermond|
Roosendaal|Rotterdam|Rozendaal|Rucphen|Schagen|Scherpenzeel|Schiedam|Schiermonnikoog|Schouwen-Duiveland|Simpelveld|
Sint-Michielsgestel|Sittard-Geleen|Sittard|Geleen|Sliedrecht|~Sluis|Smallingerland|Soest|Someren|Son en Breugel|
Stadskanaal|Staphorst|Stede Broec|Steenbergen|Steenwijkerland|Steenwijk|~Stein|Stichtse Vecht|Súdwest-Fryslân|
Terneuzen|Terschelling|Texel|Teylingen|Tholen|Tiel|Tilburg|Tubbergen|Twenterand|Tynaarlo|Tytsjerksteradiel|Uitgeest|
Uithoorn|~Urk|Utrecht|Utrechtse Heuvelrug|Vaals|Valkenburg aan de Geul|Valkenswaard|Veendam|Veenendaal|Veere|
Veldhoven|Velsen|Venlo|Venray|Vijfheerenlanden|Vlaardingen|Vlieland|Vlissingen|Voerendaal|Voorschoten|Voorne aan Zee|
Voorst|Vught|Waadhoeke|Waalre|Waalwijk|Waddinxveen|Wageningen|Wassenaar|Waterland|Weert|~Weesp|West Betuwe|
West Maas en Waal|Westerkwartier|Westerveld|Westervoort|Westerwolde|Westland|Weststellingwerf|Wierden|Wijchen|
Wijdemeren|Wijk bij Duurstede|Winterswijk|Woensdrecht|Woerden|Wormerland|Woudenberg|Zaanstad|Zaltbommel|Zandvoort|
Zeewolde|Zeist|Zevenaar|Zoetermeer|Zoeterwoude|Zuidplas|Zundert|Zutphen|Zwartewaterland|Zwijndrecht|Zwolle|Zaandam|
Hoogezand|Sappemeer|Winschoten|Delfzijl|Dokkum|Drachten|Sneek|Joure|Franeker|Bolsward|Lemmer|Wolvega|Emmeloord|Beilen|
Roden|Zuidlaren|~Vries|Gieten|Klazienaveen|Nieuw-Amsterdam|Ter Apel|Nijverdal|Rijssen|Holten|Vriezenveen|~Goor|Delden|
Markelo|Eibergen|Neede|Borculo|Groenlo|Lichtenvoorde|Ulft|Terborg|~Didam|~Velp|Dieren|Eerbeek|~Elst|Bemmel|Huissen|
Zetten|Kesteren|Lienden|Maurik|Geldermalsen|Leerdam|~Vianen|Gorkum|Schoonhoven|Bergambacht|Reeuwijk|Boskoop|
Zevenhuizen|Moordrecht|Nieuwerkerk aan den IJssel|Spijkenisse|Hellevoetsluis|Brielle|Rozenburg|Maasland|Naaldwijk|
~Monster|Wateringen|Voorburg|Leidschendam|Sassenheim|Noordwijkerhout|Lisserbroek|Nieuw-Vennep|Hoofddorp|Badhoevedorp|
Zwanenburg|~Halfweg|Spaarndam|Santpoort|IJmuiden|Wormerveer|Krommenie|Assendelft|Koog aan de Zaan|Zaandijk|~Wormer|
Monnickendam|Volendam|~Edam|Broek in Waterland|Wervershoof|Andijk|Heerhugowaard|Langedijk|Obdam|Egmond aan Zee|
Schoorl|Den Burg|Bussum|Naarden|Muiden|Soesterberg|Driebergen|~Doorn|~Maarn|Amerongen|Maarssen|Breukelen|~Loenen|
Vinkeveen|Mijdrecht|Wilnis|Abcoude|Bennekom|Lunteren|Voorthuizen|Elspeet|Vaassen|Wezep|IJsselmuiden|Genemuiden|
Hasselt|Zwartsluis|Giethoorn|Vollenhove|Biddinghuizen|Groesbeek|Malden|Cuijk|~Horst|~America|Panningen|~Helden|~Echt|
Susteren|Valkenburg|Gulpen|Hoensbroek|Nuth|Schinveld|Uden|Veghel|Schijndel|Rosmalen|Kaatsheuvel|Drunen|Vlijmen|
Geldrop|Mierlo|~Son|Gemert|~Bakel|Zierikzee|Yerseke|~Axel|Sluiskil|Oostburg|Breskens|Domburg|Westkapelle|Alphen|
Pijnacker|Nootdorp|Berkel en Rodenrijs|Bleiswijk|Oud-Beijerland|Middelharnis|Overvecht|Kanaleneiland|Leidsche Rijn|
Vathorst|Bijlmer|Osdorp|Slotervaart|~Zuidoost|Charlois|Feijenoord|IJsselmonde|Schilderswijk|~Transvaal|Moerwijk|
Scheveningen|Kijkduin|Hillegersberg|Kralingen|Delfshaven|~Overschie|~Lombok|Vleuten|De Meern|~Zuilen|Oosterbeek|
Heelsum|Doorwerth|~Haren|~Leek|Zuidhorn|Winsum|Gorredijk|Hoogkerk|Paterswolde|Peize|Eelde|Uithuizen|Bedum|Ten Boer|
Loppersum|Warffum|Musselkanaal|Oude Pekela|Nieuwe Pekela|Vlagtwedde|Sellingen|Westerbork|Dwingeloo|Diever|Havelte|
Nijeveen|Zuidwolde|~Ruinen|Schoonebeek|~Dalen|~Sleen|Borger|Exloo|Odoorn|Emmer-Compascuum|Nieuw-Weerdinge|Vroomshoop|
Daarlerveen|~Enter|Denekamp|Weerselo|Ootmarsum|~Vasse|Glanerbrug|Boekelo|Hoevelaken|Bunschoten-Spakenburg|Spakenburg|
Loosdrecht|Nederhorst den Berg|Kortenhoef|Ankeveen|Hollandsche Rading|Maartensdijk|Bilthoven|Odijk|Werkhoven|Cothen|
Langbroek|Everdingen|Hagestein|Lexmond|Ameide|Nieuwpoort|~Arkel|Giessenburg|Hardinxveld|Werkendam|Woudrichem|~Almkerk|
Raamsdonksveer|~Made|Terheijden|Prinsenbeek|Teteringen|Ulvenhout|Bavel|Rijen|Gilze|Chaam|Baarle|~Riel|Berkel-Enschot|
Udenhout|~Haaren|~Esch|Sint-Oedenrode|Nijnsel|Liempde|~Erp|Volkel|Odiliapeel|~Mill|~Grave|Escharen|Overloon|
Vierlingsbeek|Wanssum|Meerlo|~Tienray|Sevenum|Grubbenvorst|Arcen|~Velden|~Lomm|Blerick|Tegelen|Belfeld|Reuver|Swalmen|
~Herten|Maasbracht|~Thorn|Stramproy|Budel|Maarheeze|~Leende|Heeze|Sterksel|Dommelen|Westerhoven|Riethoven|Hapert|
Reusel
`;
