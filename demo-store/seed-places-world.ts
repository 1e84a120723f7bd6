// Seed addresses in the Americas, Africa and Oceania. North American phone numbers use the
// 555-01xx block reserved for fiction. Mexico City is "DF" because that is WooCommerce's code.

import type { CountrySource } from './seed-places.ts';

export const PLACES_AMERICAS_AFRICA_OCEANIA: Record<string, CountrySource> = {
  US: {
    weight: 18,
    people: 'us:70 mx:9 seachinese:2 cn~:2 in:5 kr~:3 vn:2 ng:2 ie:2 it:2 ph:1',
    places: `New York|NY|100##; Brooklyn|NY|112##; Los Angeles|CA|900##; San Francisco|CA|941##;
      San Diego|CA|921##; Chicago|IL|606##; Houston|TX|770##; Austin|TX|787##; Seattle|WA|981##;
      Miami|FL|331##; Boston|MA|021##; Denver|CO|802##; Atlanta|GA|303##; Portland|OR|972##;
      Phoenix|AZ|850##; Philadelphia|PA|191##; Minneapolis|MN|554##; Nashville|TN|372##;
      Honolulu|HI|968##; Anchorage|AK|995##; Washington|DC|200##; Burlington|VT|054##;
      Madison|WI|537##; Salt Lake City|UT|841##; Queens|NY|113##-####`,
    streets: `Maple Street; Oak Avenue; Main Street; Elm Street; Sunset Boulevard; Park Avenue;
      Cedar Lane; Washington Avenue; Lakeview Drive; Pine Street; Broadway; Market Street;
      Highland Avenue; Church Street; Mill Road; Martin Luther King Jr Boulevard`,
    line: '{n}{k} {s}',
    extra: 'Apt {k}B; Suite {n}; Unit {m}; Apt {n}{k}; PO Box {n}',
    phones: '+1 %## 555 01##',
    domains: 'gmail.example, yahoo.example, outlook.example, icloud.example, comcast.example',
    companies: `Blue Ridge Outfitters LLC; Hudson & Pike Inc.; Sunbelt Solar Co.; Acorn Analytics LLC;
      Lone Star Crafts Inc.`,
  },
  CA: {
    weight: 5,
    people: 'us:55 fr:20 cn~:6 in:8 ph:4 kr~:3 it:2 pt:2',
    places: `Toronto|ON|M5V #@#; Ottawa|ON|K1P #@#; Mississauga|ON|L5B #@#; Montréal|QC|H2X #@#;
      Québec|QC|G1R #@#; Vancouver|BC|V6B #@#; Victoria|BC|V8W #@#; Calgary|AB|T2P #@#;
      Edmonton|AB|T5J #@#; Winnipeg|MB|R3C #@#; Halifax|NS|B3H #@#; Saskatoon|SK|S7K #@#;
      St. John's|NL|A1C #@#; Whitehorse|YT|Y1A #@#; Charlottetown|PE|C1A #@#;
      Fredericton|NB|E3B #@#`,
    streets: `Queen Street West; Yonge Street; Rue Sainte-Catherine; Granville Street; Jasper Avenue;
      Spring Garden Road; Wellington Street; Rue Saint-Denis; Portage Avenue; Water Street`,
    line: '{n} {s}',
    extra: 'Unit {n}; Apt {m}; Suite {n}{k}',
    phones: '+1 %## 555 01##',
    domains: 'rogers.example, sympatico.example, videotron.example',
    companies: 'Maple Leaf Woodworks Inc.; Aurora Borealis Tours Ltd.; Érablière Tremblay Inc.',
  },
  MX: {
    weight: 3,
    people: 'mx:95 us:3 es:2',
    places: `Ciudad de México|DF|0####; Ciudad de México|DF|06###; Guadalajara|JA|44###;
      Monterrey|NL|64###; Puebla|PU|72###; Cancún|QR|77###; Mérida|YU|97###; Tijuana|BC|22###;
      Querétaro|QT|76###; Oaxaca de Juárez|OA|68###; León|GT|37###; Toluca|MX|50###`,
    streets: `Av. Insurgentes Sur; Paseo de la Reforma; Calle Madero; Av. Juárez; Av. Chapultepec;
      Calle 60; Av. Constitución; Av. Revolución; Calle Hidalgo`,
    line: '{s} {n}',
    extra: 'Col. Roma Norte; Col. Centro; Depto. {m}; Int. {k}; Col. Del Valle',
    phones: '+52 55 #### ####; +52 33 #### ####; +52 81 #### ####',
    domains: 'prodigy.example, correo-mx.example',
    companies:
      'Artesanías Oaxaqueñas S.A. de C.V.; Tacos El Güero S. de R.L.; Grupo Nopal S.A. de C.V.',
  },
  BR: {
    weight: 4,
    people: 'pt:92 jp~:3 it:3 de:2',
    places: `São Paulo|SP|0####-###; Campinas|SP|13###-###; Rio de Janeiro|RJ|2####-###;
      Belo Horizonte|MG|3####-###; Porto Alegre|RS|9####-###; Curitiba|PR|8####-###;
      Salvador|BA|4####-###; Recife|PE|5####-###; Fortaleza|CE|60###-###; Brasília|DF|70###-###;
      Manaus|AM|69###-###; Florianópolis|SC|88###-###`,
    streets: `Rua Augusta; Avenida Paulista; Rua das Flores; Avenida Atlântica; Rua XV de Novembro;
      Avenida Brasil; Rua da Consolação; Avenida Beira-Mar; Rua Oscar Freire`,
    line: '{s}, {n}',
    extra: 'Apto {n}; Bloco B, Apto {m}; Casa {k}; Sala {n}',
    phones: '+55 11 9####-####; +55 21 9####-####; +55 %1 9####-####',
    domains: 'uol.example, bol.example, terra.example',
    companies: 'Café Bom Dia Ltda.; Tecnologia Ipê Ltda.; Pão de Queijo Mineiro ME',
  },
  AR: {
    weight: 1.5,
    people: 'es:55 it:35 de:5 gb:5',
    places: `Buenos Aires|C|C1###@@@; La Plata|B|B19##@@@; Mar del Plata|B|B76##@@@;
      Córdoba|X|X50##@@@; Rosario|S|S20##@@@; Mendoza|M|M55##@@@; San Miguel de Tucumán|T|T40##@@@`,
    streets: `Avenida Corrientes; Avenida Santa Fe; Calle Florida; Avenida 9 de Julio; Bv. San Juan;
      Calle Defensa; Avenida de Mayo`,
    line: '{s} {n}',
    extra: 'Piso {k}, Depto. B; {k}º A; PB',
    phones: '+54 9 11 ####-####; +54 9 351 ###-####',
    domains: 'fibertel.example, speedy.example',
    companies: 'Mate y Medialunas S.R.L.; Pampa Cueros S.A.',
  },
  AU: {
    weight: 4,
    people: 'gb:55 us:15 it:6 cn~:6 vn:5 in:7 kr~:2 ph:2 gulf:2',
    places: `Sydney|NSW|2000; Sydney|NSW|20##; Newcastle|NSW|23##; Melbourne|VIC|30##;
      Geelong|VIC|32##; Brisbane|QLD|40##; Gold Coast|QLD|42##; Perth|WA|60##; Adelaide|SA|50##;
      Hobart|TAS|70##; Canberra|ACT|26##; Darwin|NT|08##`,
    streets: `George Street; Collins Street; Queen Street; Hay Street; Rundle Mall; Elizabeth Street;
      King William Street; Smith Street; Chapel Street; Oxford Street`,
    line: '{n} {s}',
    extra: 'Unit {k}; Level {m}; Apartment {n}',
    phones: '+61 4## ### ###; +61 2 #### ####',
    domains: 'bigpond.example, optusnet.example',
    companies: 'Kookaburra Creative Pty Ltd; Southern Cross Surf Co Pty Ltd; Wattle & Gum Pty Ltd',
  },
  NZ: {
    weight: 1,
    people: 'gb:75 cn~:8 in:7 ph:5 kr~:5',
    places: `Auckland|AK|10##; Wellington|WE|60##; Christchurch|CT|80##; Hamilton|WA|32##;
      Dunedin|OT|90##; Tauranga|BP|31##; Nelson|NS|70##`,
    streets: `Queen Street; Lambton Quay; Colombo Street; Cuba Street; George Street; Ponsonby Road;
      Victoria Street`,
    line: '{n} {s}',
    extra: 'Flat {k}; Unit {m}; Level {k}',
    phones: '+64 2# ### ####; +64 9 ### ####',
    domains: 'xtra.example, slingshot.example',
    companies: 'Kiwi Fern Design Ltd; Pōhutukawa Press Ltd',
  },
  ZA: {
    weight: 1.5,
    people: 'za:85 in:8 gb:5 pt:2',
    places: `Johannesburg|GP|2###; Sandton|GP|2196; Pretoria|GP|0###; Cape Town|WC|80##;
      Stellenbosch|WC|7600; Durban|KZN|40##; Gqeberha|EC|60##; Bloemfontein|FS|93##;
      Polokwane|LP|0699`,
    streets: `Long Street; Jan Smuts Avenue; Florida Road; Church Street; Main Road;
      Nelson Mandela Boulevard; Rivonia Road; Bree Street`,
    line: '{n} {s}',
    extra: 'Unit {m}; {m} Protea Gardens; Suite {n}',
    phones: '+27 8# ### ####; +27 7# ### ####; +27 21 ### ####',
    domains: 'mweb.example, telkomsa.example',
    companies: 'Fynbos Botanicals (Pty) Ltd; Karoo Leatherworks (Pty) Ltd',
  },
  NG: {
    weight: 2,
    people: 'ng:100',
    places: `Lagos|LA|1#####; Ikeja|LA|100###; Lekki|LA|1#####; Abuja|FC|9#####; Kano|KN|7#####;
      Ibadan|OY|2#####; Port Harcourt|RI|5#####; Enugu|EN|4#####; Benin City|ED|3#####; Lagos|LA|`,
    streets: `Adeola Odeku Street; Awolowo Road; Admiralty Way; Aminu Kano Crescent;
      Ahmadu Bello Way; Aba Road; Allen Avenue; Herbert Macaulay Way`,
    line: '{n} {s}',
    extra: 'Flat {k}; Block {k}, Flat {m}; Suite {n}',
    phones: '+234 80# ### ####; +234 81# ### ####; +234 70# ### ####',
    domains: 'yahoo-ng.example',
    companies: 'Eko Fabrics Ltd; Naija Tech Hub Ltd; Jollof Kitchen Enterprises',
  },
  EG: {
    weight: 1.5,
    people: 'eg:100',
    places: `Cairo|EGC|11###; Nasr City|EGC|11###; Giza|EGGZ|12###; Alexandria|EGALX|21###;
      Luxor|EGLX|85###; Aswan|EGASN|81###; Port Said|EGPTS|42###; Mansoura|EGDK|35###;
      القاهرة|EGC|11###|شارع التحرير/شارع قصر النيل; الإسكندرية|EGALX|21###|طريق الجيش/شارع فؤاد`,
    streets: `Tahrir Street; Corniche El Nil; 26th of July Street; Abbas El Akkad Street;
      Fouad Street; Salah Salem Street; Makram Ebeid Street`,
    line: '{n} {s}',
    extra: 'Apartment {m}; Floor {k}; Building {n}',
    phones: '+20 10 #### ####; +20 11 #### ####; +20 12 #### ####',
    domains: 'link.example, tedata.example',
    companies: 'Nile Papyrus Trading S.A.E.; Cairo Cotton Co.',
  },
  KE: {
    weight: 1,
    people: 'ke:90 in:6 gb:4',
    places: `Nairobi|KE30|00###; Mombasa|KE28|80###; Kisumu|KE17|40###; Nakuru|KE31|20###;
      Eldoret|KE44|30###; Thika|KE13|01000`,
    streets: `Moi Avenue; Kenyatta Avenue; Ngong Road; Waiyaki Way; Digo Road;
      Oginga Odinga Street; Kimathi Street`,
    line: '{n} {s}',
    extra: 'P.O. Box {n}{k}{k}; Apartment {m}; House No. {n}',
    phones: '+254 7## ######; +254 1## ######',
    domains: 'safaricom.example',
    companies: 'Savannah Coffee Ltd; Maasai Beadworks Ltd',
  },
};
