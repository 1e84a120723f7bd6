// Seed addresses in Europe. Format of each field: see CountrySource in seed-places.ts. Phone
// numbers use ranges set aside for fiction where the country has one (UK 07700 900xxx, etc.).

import type { CountrySource } from './seed-places.ts';

export const PLACES_EUROPE: Record<string, CountrySource> = {
  GB: {
    weight: 8,
    people: 'gb:80 in:6 pl:3 ng:3 ie:3 it:1 pt:1 seachinese:1 cn~:2',
    places: `London||SE1 #@@; London||EC1V #@@; London||N1 #@@; London||SW11 #@@;
      Manchester||M1 #@@; Birmingham||B# #@@; Leeds||LS1 #@@; Glasgow||G1 #@@; Edinburgh||EH1 #@@;
      Bristol||BS1 #@@; Cardiff||CF10 #@@; Belfast||BT1 #@@; Liverpool||L1 #@@; Oxford||OX1 #@@;
      Cambridge||CB2 #@@; Brighton||BN1 #@@; York||YO1 #@@`,
    streets: `High Street; Station Road; Church Lane; Victoria Road; Green Lane; Manor Road;
      Park Road; King's Road; Queen Street; Mill Lane; The Crescent; Albert Road`,
    line: '{n} {s}',
    extra: 'Flat {k}; Flat {m}B; Apartment {n}; Unit {m}',
    phones: '+44 20 7946 0###; +44 7700 900###; +44 161 496 0###; +44 131 496 0###',
    domains: 'btinternet.example, sky.example',
    companies:
      'Harrow & Finch Ltd; Blue Heron Trading Ltd; Northgate Consulting LLP; Wexley Studio Ltd',
  },
  IE: {
    weight: 1.5,
    people: 'ie:85 gb:5 pl:5 in:3 pt:2',
    places: `Dublin|D|D0% @##@; Cork|CO|T12 @##@; Galway|G|H91 @##@; Limerick|LK|V94 @##@;
      Kilkenny|KK|R95 @##@; Waterford|WD|X91 @##@; Bray|WW|A98 @##@; Naas|KE|W91 @##@`,
    streets: `Main Street; Grafton Street; Church Road; Patrick Street; Shop Street;
      O'Connell Street; Harbour Road; Strand Road`,
    line: '{n} {s}',
    extra: 'Apartment {m}; Unit {k}; The Mews',
    phones: '+353 8% ### ####; +353 1 ### ####',
    domains: 'eircom.example',
    companies: 'Liffey Print Ltd; Claddagh Crafts Ltd; Emerald Analytics Ltd',
  },
  DE: {
    weight: 6,
    people: 'de:85 tr:6 pl:4 it:2 vn:1 gb:2',
    places: `Berlin||10###; Hamburg||20###; München||80###; Köln||50###; Frankfurt am Main||60###;
      Stuttgart||70###; Düsseldorf||40###; Leipzig||04###; Dresden||01###; Nürnberg||90###;
      Bremen||28###; Freiburg im Breisgau||79###`,
    streets: `Hauptstraße; Bahnhofstraße; Schillerstraße; Goethestraße; Gartenweg; Lindenallee;
      Berliner Straße; Kirchgasse; Am Markt; Friedrichstraße; Kastanienallee; Schloßstraße`,
    line: '{s} {n}',
    extra: 'Hinterhaus; {k}. OG; c/o Praxis Dr. Weber; Wohnung {m}',
    phones: '+49 30 #######; +49 15# ########; +49 17# #######; +49 89 ########',
    domains: 'gmx.example, web.example, t-online.example',
    companies:
      'Nordlicht Medien GmbH; Bäckerei Sonnenschein KG; Alpenblick Software AG; Hafenkontor GmbH',
  },
  FR: {
    weight: 5,
    people: 'fr:85 es:3 pt:4 it:2 vn:2 ng:2 eg~:2',
    places: `Paris||7500#; Paris||7501#; Lyon||6900#; Marseille||1300#; Toulouse||3100#;
      Bordeaux||33000; Lille||59000; Nantes||44000; Strasbourg||67000; Nice||06000;
      Montpellier||34000; Rennes||35000`,
    streets: `rue de la Paix; avenue des Champs-Élysées; boulevard Saint-Germain; rue de Rivoli;
      place Bellecour; rue Victor Hugo; allée des Tilleuls; chemin des Vignes;
      rue du Faubourg Saint-Honoré; quai des Chartrons`,
    line: '{n} {s}',
    extra: 'Bâtiment B; Appartement {m}; {k}e étage; Résidence Les Pins',
    phones: '+33 6 ## ## ## ##; +33 7 ## ## ## ##; +33 1 ## ## ## ##',
    domains: 'orange.example, laposte.example, free.example',
    companies: 'Atelier Lumière SARL; Boulangerie Dupain SAS; Éditions du Quai SARL',
  },
  ES: {
    weight: 4,
    people: 'es:88 mx:3 gb:3 de:2 fr:2 it:2',
    places: `Madrid|M|280##; Barcelona|B|080##; Valencia|V|460##; Sevilla|SE|410##;
      Málaga|MA|290##; Bilbao|BI|480##; Zaragoza|Z|500##; Palma|PM|070##;
      Las Palmas de Gran Canaria|GC|350##; A Coruña|C|150##; Granada|GR|180##`,
    streets: `Calle Mayor; Gran Vía; Calle de Alcalá; Avenida de la Constitución; Paseo de Gracia;
      Calle Real; Rambla de Catalunya; Calle del Carmen; Calle de Serrano; Avenida del Puerto`,
    line: '{s}, {n}',
    extra: '{k}º B; {k}º izq.; Bajo A; Escalera 2, {k}º D',
    phones: '+34 6## ### ###; +34 91 ### ## ##',
    domains: 'telefonica.example, correo.example',
    companies: 'Cerámicas del Sur S.L.; Viñedos Altamira S.A.; Estudio Nube S.L.',
  },
  IT: {
    weight: 4,
    people: 'it:92 gb:2 de:2 es:2 cn:2',
    places: `Roma|RM|001##; Milano|MI|201##; Napoli|NA|801##; Torino|TO|101##; Firenze|FI|501##;
      Bologna|BO|401##; Venezia|VE|301##; Palermo|PA|901##; Genova|GE|161##; Bari|BA|701##;
      Verona|VR|371##; L'Aquila|AQ|67100`,
    streets: `Via Roma; Via Garibaldi; Corso Vittorio Emanuele II; Via Dante;
      Piazza della Repubblica; Via Mazzini; Via Verdi; Viale dei Mille; Via del Corso; Via Toledo`,
    line: '{s}, {n}',
    extra: 'Scala B, interno {m}; Piano {k}; c/o Studio Rossi',
    phones: '+39 3## ### ####; +39 06 #### ####; +39 02 #### ####',
    domains: 'libero.example, tiscali.example',
    companies: 'Pasticceria Dolce Vita S.r.l.; Tessuti Fiorentini S.p.A.; Officina Nove S.r.l.',
  },
  NL: {
    weight: 3,
    people: 'nl:85 tr:4 de:3 pl:3 id:3 gb:2',
    places: `Amsterdam||10## @@; Rotterdam||30## @@; Den Haag||25## @@; Utrecht||35## @@;
      Eindhoven||56## @@; Groningen||97## @@; Haarlem||20## @@; Leiden||23## @@`,
    streets: `Dorpsstraat; Kerkstraat; Prinsengracht; Molenweg; Stationsweg; Keizersgracht;
      Schoolstraat; Oudegracht; Lange Voorhout`,
    line: '{s} {n}',
    extra: 'A; {k} hoog; bis',
    phones: '+31 6 ########; +31 20 ### ####',
    domains: 'ziggo.example, kpnmail.example',
    companies: 'Tulpenhof B.V.; De Molen Webdesign B.V.; Grachtzicht Advies B.V.',
  },
  BE: {
    weight: 1.5,
    people: 'nl:50 fr:45 it:3 tr:2',
    places: `Brussel||10##; Bruxelles||10##; Antwerpen||20##; Gent||90##; Liège||40##;
      Brugge||80##; Leuven||30##; Namur||50##`,
    streets: `Rue Neuve; Meir; Korenmarkt; Rue de la Loi; Grote Markt; Bondgenotenlaan;
      Avenue Louise; Veldstraat`,
    line: '{s} {n}',
    extra: 'Bus {k}; Boîte {k}',
    phones: '+32 4## ## ## ##; +32 2 ### ## ##',
    domains: 'skynet.example, telenet.example',
    companies: 'Chocolaterie Van Damme BV; Brasserie du Coin SRL; Atelier Meir BV',
  },
  PL: {
    weight: 3,
    people: 'pl:96 de:2 vn:2',
    places: `Warszawa||0#-###; Kraków||3#-###; Łódź||9#-###; Wrocław||5#-###; Poznań||6#-###;
      Gdańsk||80-###; Szczecin||7#-###; Lublin||20-###; Katowice||40-###`,
    streets: `ul. Marszałkowska; ul. Floriańska; ul. Piotrkowska; ul. Długa; ul. Mickiewicza;
      ul. Kościuszki; al. Jerozolimskie; ul. Świętokrzyska; ul. Żeromskiego`,
    line: '{s} {n}',
    extra: 'm. {m}; lok. {k}',
    phones: '+48 5## ### ###; +48 6## ### ###; +48 22 ### ## ##',
    domains: 'wp.example, onet.example, interia.example',
    companies: 'Piekarnia Złoty Kłos sp. z o.o.; Bursztyn Design sp. z o.o.; Wisła Logistyka S.A.',
  },
  SE: {
    weight: 2,
    people: 'se:88 fi:3 no:2 dk:2 tr:2 eg~:1 de:2',
    places: `Stockholm||1## ##; Göteborg||4## ##; Malmö||2## ##; Uppsala||75# ##;
      Linköping||58# ##; Umeå||90# ##; Lund||22# ##`,
    streets: `Drottninggatan; Storgatan; Kungsgatan; Vasagatan; Östra Hamngatan;
      Södra Förstadsgatan; Götgatan; Sveavägen`,
    line: '{s} {n}',
    extra: 'Lgh 1{k}0{k}; c/o Andersson; {k} tr',
    phones: '+46 7# ### ## ##; +46 8 ### ### ##',
    domains: 'telia.example, bredband.example',
    companies: 'Fjällräv Design AB; Kanelbulle Bageri AB; Norrsken Konsult AB',
  },
  NO: {
    weight: 1,
    people: 'no:90 se:5 pl:5',
    places: 'Oslo||0###; Bergen||50##; Trondheim||70##; Stavanger||40##; Tromsø||90##',
    streets: 'Karl Johans gate; Storgata; Bryggen; Kirkegata; Bogstadveien; Strandgata',
    line: '{s} {n}',
    extra: 'H0{k}0{k}; Leilighet {m}',
    phones: '+47 4## ## ###; +47 9## ## ###',
    domains: 'online.example',
    companies: 'Fjordlys AS; Nordkapp Tekstil AS',
  },
  DK: {
    weight: 1,
    people: 'dk:90 se:4 tr:3 de:3',
    places: `København K||1###; København N||2200; Aarhus C||8000; Odense C||5000; Aalborg||9000;
      Roskilde||4000`,
    streets: 'Strøget; Nørregade; Vesterbrogade; Søndergade; Nørrebrogade; Østerbrogade',
    line: '{s} {n}',
    extra: '{k}. th.; {k}. tv.; st. tv.',
    phones: '+45 %# ## ## ##',
    domains: 'jubii.example',
    companies: 'Hygge Interiør ApS; Smørrebrød & Co ApS',
  },
  FI: {
    weight: 1,
    people: 'fi:92 se:6 vn:2',
    places:
      'Helsinki||00###; Espoo||02###; Tampere||33###; Turku||20###; Oulu||90###; Jyväskylä||40###',
    streets: 'Mannerheimintie; Aleksanterinkatu; Hämeenkatu; Kauppakatu; Esplanadi; Yliopistonkatu',
    line: '{s} {n}',
    extra: 'A {m}; B {m}; as. {m}',
    phones: '+358 4# ### ####; +358 50 ### ####',
    domains: 'elisa.example, saunalahti.example',
    companies: 'Revontuli Oy; Sisu Ohjelmistot Oy',
  },
  CH: {
    weight: 1.5,
    people: 'de:55 fr:25 it:12 pt:4 tr:2 gb:2',
    places: `Zürich|ZH|80##; Winterthur|ZH|84##; Genève|GE|12##; Basel|BS|40##; Bern|BE|30##;
      Lausanne|VD|10##; Luzern|LU|60##; Lugano|TI|69##; St. Gallen|SG|90##`,
    streets: `Bahnhofstrasse; Rue du Rhône; Freie Strasse; Marktgasse; Via Nassa; Seestrasse;
      Rue de Bourg; Kramgasse`,
    line: '{s} {n}',
    extra: 'Postfach; c/o Keller; {k}. Stock',
    phones: '+41 7# ### ## ##; +41 44 ### ## ##',
    domains: 'bluewin.example, hispeed.example',
    companies: 'Uhrenatelier Brunner AG; Helvetia Druck GmbH; Lac Léman Conseil SA',
  },
  AT: {
    weight: 1.5,
    people: 'de:88 tr:4 pl:3 it:3 gb:2',
    places: 'Wien||1##0; Graz||80##; Linz||40##; Salzburg||50##; Innsbruck||60##; Klagenfurt||90##',
    streets: `Mariahilfer Straße; Kärntner Straße; Herrengasse; Getreidegasse; Landstraße;
      Maria-Theresien-Straße`,
    line: '{s} {n}',
    extra: 'Top {m}; Stiege {k}/Top {m}',
    phones: '+43 6## #######; +43 1 #######',
    domains: 'aon.example, chello.example',
    companies: 'Kaffeehaus Sacherl GmbH; Alpenglühen OG',
  },
  PT: {
    weight: 1.5,
    people: 'pt:92 gb:3 fr:2 in:3',
    places: `Lisboa||1###-###; Porto||4###-###; Braga||47##-###; Coimbra||30##-###; Faro||80##-###;
      Funchal||90##-###`,
    streets: `Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Rua do Carmo;
      Rua das Flores; Avenida dos Aliados`,
    line: '{s}, {n}',
    extra: '{k}º Esq.; {k}º Dto.; R/C',
    phones: '+351 9## ### ###; +351 21 ### ####',
    domains: 'sapo.example, clix.example',
    companies: 'Azulejos Atlântico Lda.; Conservas do Douro Lda.',
  },
  TR: {
    weight: 1.5,
    people: 'tr:97 de:1 gb:1 eg~:1',
    places: `İstanbul|TR34|34###; Ankara|TR06|06###; İzmir|TR35|35###; Bursa|TR16|16###;
      Antalya|TR07|07###; Eskişehir|TR26|26###; Trabzon|TR61|61###`,
    streets: `İstiklal Caddesi; Bağdat Caddesi; Atatürk Bulvarı; Kordon Boyu; Cumhuriyet Caddesi;
      Gazi Mustafa Kemal Bulvarı`,
    line: '{s} No:{n}',
    extra: 'Daire {k}; Kat {k}; Kat {k} Daire {m}',
    phones: '+90 5## ### ## ##; +90 212 ### ## ##',
    domains: 'turk.example, ttmail.example',
    companies: 'Anadolu Tekstil A.Ş.; Boğaziçi Yazılım Ltd. Şti.',
  },
};
