// Name pools of the seed data, one per naming culture. Pools are written as comma-separated text
// (compact enough to review at a glance) and parsed once at load, so seeding 100k users only
// indexes into ready arrays. Entry syntax: `Name`, or `native=ascii` for names in non-Latin
// scripts (the ascii form feeds usernames and emails), and `Masculine|Feminine` for surnames
// that change with gender (Polish -ski/-ska, Malay bin/binti).

export interface PoolName {
  text: string;
  /** Lower-case a–z/0–9 form for handles. */
  ascii: string;
}

export interface Surname {
  male: PoolName;
  female: PoolName;
}

export interface Culture {
  id: string;
  male: PoolName[];
  female: PoolName[];
  last: Surname[];
  /** Family name first, as Chinese, Japanese and Korean names are written natively. */
  familyFirst: boolean;
  /** What joins the two parts when written family-first ('' for Chinese and Korean). */
  joiner: string;
  /** Share of people who write their native-script name in Latin letters instead. */
  latinShare: number;
}

interface CultureSource {
  male: string;
  female: string;
  last: string;
  familyFirst?: boolean;
  joiner?: string;
  latinShare?: number;
}

const SOURCES: Record<string, CultureSource> = {
  us: {
    male: 'James, Michael, Robert, David, William, Christopher, Daniel, Matthew, Anthony, Joshua, Tyler, Kevin, Jordan, Brandon, Ethan, Caleb, DeShawn, Marcus',
    female:
      'Mary, Jennifer, Linda, Elizabeth, Jessica, Ashley, Emily, Sarah, Olivia, Madison, Brianna, Megan, Taylor, Zoë, Kayla, Abigail, Hannah, Destiny',
    last: 'Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Thomas, Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Baker, Carter, Mitchell, Washington, McAllister',
  },
  gb: {
    male: 'Oliver, Harry, George, Jack, Charlie, Thomas, Alfie, Oscar, William, Arthur, Rhys, Callum, Owain, Hamish, Nathaniel',
    female:
      'Amelia, Isla, Ava, Emily, Sophie, Grace, Freya, Poppy, Ellie, Lily, Eleanor, Siân, Ffion, Imogen, Harriet',
    last: 'Taylor, Davies, Evans, Roberts, Hughes, Edwards, Green, Hall, Wood, Clarke, Turner, Hill, Cooper, Ward, Morris, Bennett, Featherstonehaugh, Ashworth, Llewellyn, MacLeod',
  },
  ie: {
    male: 'Seán, Ciarán, Pádraig, Eoin, Oisín, Darragh, Cillian, Conor, Fionn, Tadhg',
    female: 'Siobhán, Aoife, Niamh, Caoimhe, Saoirse, Róisín, Aisling, Clodagh, Gráinne, Orla',
    last: "O'Brien, O'Sullivan, Murphy, Kelly, Walsh, O'Connor, McCarthy, Byrne, Ryan, O'Neill, Doyle, Kennedy, Ó Súilleabháin, Mac Giolla Phádraig, Fitzgerald",
  },
  de: {
    male: 'Lukas, Leon, Finn, Jonas, Felix, Maximilian, Jürgen, Jörg, Björn, Günther, Uwe, Matthias, Tobias, Florian',
    female:
      'Anna, Lea, Hannah, Lena, Marie, Sophie, Käthe, Sabine, Mia, Lotte, Jana, Annelie, Brigitte, Frauke',
    last: 'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Zimmermann, Weiß, Krüger, Groß, Köhler, von Bülow',
  },
  fr: {
    male: 'Hugo, Louis, Gabriel, Jules, Raphaël, Arthur, Théo, François, Benoît, Maël, Étienne, Jérôme',
    female:
      'Léa, Chloé, Manon, Camille, Inès, Zoé, Jeanne, Océane, Noémie, Hélène, Anaïs, Marie-Claire',
    last: 'Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Bertrand, Roux, Fournier, Girard, Mercier, Dupont, Château, Bélanger',
  },
  es: {
    male: 'José, Alejandro, Pablo, Javier, Daniel, Sergio, Álvaro, Íñigo, Jesús, Raúl, Joaquín, Martín',
    female:
      'María, Lucía, Sofía, Carmen, Elena, Paula, Martina, Nuria, Begoña, Pilar, Ainhoa, Rocío',
    last: 'García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Núñez, Ibáñez',
  },
  mx: {
    male: 'Juan, Luis, Carlos, Miguel, Jorge, Diego, Santiago, Emiliano, José Luis, Rodrigo',
    female:
      'Guadalupe, Ximena, Fernanda, Valeria, Camila, Renata, Regina, Alejandra, María José, Itzel',
    last: 'Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Reyes, Torres, Castillo, Xicoténcatl',
  },
  it: {
    male: 'Francesco, Alessandro, Lorenzo, Matteo, Leonardo, Andrea, Niccolò, Gianluca, Tommaso, Riccardo',
    female: 'Giulia, Sofia, Aurora, Chiara, Martina, Giorgia, Federica, Elisa, Beatrice, Ludovica',
    last: "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, D'Angelo, Lombardi, Fontana",
  },
  nl: {
    male: 'Daan, Sem, Lucas, Levi, Finn, Bram, Jeroen, Thijs, Ruben, Sven',
    female: 'Emma, Julia, Tess, Sophie, Fleur, Noor, Anouk, Sanne, Lieke, Femke',
    last: 'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peeters, Hendriks, van Leeuwen, Dekker, van der Meer',
  },
  pl: {
    male: 'Łukasz, Jakub, Kacper, Michał, Paweł, Wojciech, Bartłomiej, Krzysztof, Grzegorz, Piotr',
    female: 'Zofia, Małgorzata, Agnieszka, Katarzyna, Joanna, Magdalena, Żaneta, Anna, Ewa, Alicja',
    last: 'Nowak, Kowalski|Kowalska, Wiśniewski|Wiśniewska, Wójcik, Kowalczyk, Kamiński|Kamińska, Lewandowski|Lewandowska, Zieliński|Zielińska, Woźniak, Dąbrowski|Dąbrowska, Mazur, Krawczyk, Brzęczyszczykiewicz',
  },
  se: {
    male: 'Erik, Lars, Oskar, Nils, Gustav, Björn, Göran, Anders, Axel, Linus',
    female: 'Astrid, Ingrid, Elsa, Maja, Saga, Linnéa, Åsa, Märta, Ebba, Sigrid',
    last: 'Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Lindqvist, Ångström, Sjöberg, Öberg, Bergström, Åkesson',
  },
  no: {
    male: 'Ola, Magnus, Sindre, Håkon, Eirik, Torbjørn',
    female: 'Kari, Ingrid, Solveig, Tuva, Sigrid, Ragnhild',
    last: 'Hansen, Johansen, Olsen, Larsen, Berg, Haugen, Bakke, Dahl, Sæther, Løvik',
  },
  dk: {
    male: 'Søren, Mads, Rasmus, Jens, Frederik, Mikkel',
    female: 'Mette, Freja, Ida, Sofie, Karen, Signe',
    last: 'Jensen, Nielsen, Pedersen, Andersen, Christensen, Sørensen, Rasmussen, Kjær, Møller, Østergaard',
  },
  fi: {
    male: 'Mikko, Juha, Matti, Väinö, Antti, Jussi',
    female: 'Aino, Eeva, Sanna, Siiri, Helmi, Päivi',
    last: 'Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Järvinen, Kärkkäinen',
  },
  pt: {
    male: 'João, Gabriel, Lucas, Pedro, Mateus, Rafael, Thiago, Gonçalo, Tomás, Vinícius',
    female: 'Maria, Ana, Beatriz, Júlia, Larissa, Fernanda, Letícia, Inês, Leonor, Conceição',
    last: 'Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Araújo, Gonçalves, Rocha, Magalhães, Nascimento',
  },
  cn: {
    male: '伟=wei, 强=qiang, 磊=lei, 军=jun, 洋=yang, 勇=yong, 杰=jie, 涛=tao, 明=ming, 超=chao, 浩然=haoran, 宇轩=yuxuan, 子豪=zihao, 建国=jianguo',
    female:
      '芳=fang, 娜=na, 秀英=xiuying, 敏=min, 静=jing, 丽=li, 艳=yan, 娟=juan, 霞=xia, 桂英=guiying, 子涵=zihan, 欣怡=xinyi, 梓萱=zixuan, 雨桐=yutong',
    last: '王=wang, 李=li, 张=zhang, 刘=liu, 陈=chen, 杨=yang, 黄=huang, 赵=zhao, 吴=wu, 周=zhou, 徐=xu, 孙=sun, 马=ma, 朱=zhu, 胡=hu, 郭=guo, 何=he, 林=lin, 罗=luo, 高=gao, 欧阳=ouyang, 司马=sima',
    familyFirst: true,
    joiner: '',
    latinShare: 0.15,
  },
  jp: {
    male: '太郎=taro, 陽翔=haruto, 蓮=ren, 翔太=shota, 健一=kenichi, 大輔=daisuke, 拓海=takumi, 悠真=yuma',
    female:
      '花子=hanako, 結衣=yui, さくら=sakura, 美咲=misaki, 由美=yumi, 愛=ai, 陽菜=hina, 葵=aoi',
    last: '佐藤=sato, 鈴木=suzuki, 高橋=takahashi, 田中=tanaka, 伊藤=ito, 渡辺=watanabe, 山本=yamamoto, 中村=nakamura, 小林=kobayashi, 加藤=kato, 吉田=yoshida, 山田=yamada',
    familyFirst: true,
    joiner: ' ',
    latinShare: 0.1,
  },
  kr: {
    male: '민준=minjun, 도윤=doyun, 지훈=jihoon, 현우=hyunwoo, 서준=seojun, 준호=junho',
    female: '서연=seoyeon, 지우=jiwoo, 하은=haeun, 수빈=subin, 예린=yerin, 민서=minseo',
    last: '김=kim, 이=lee, 박=park, 최=choi, 정=jung, 강=kang, 조=cho, 윤=yoon, 장=jang, 임=lim',
    familyFirst: true,
    joiner: '',
    latinShare: 0.3,
  },
  in: {
    male: 'Aarav, Vivaan, Aditya, Arjun, Rohan, Rahul, Vikram, Sai, Deepak, Karthik, Siddharth',
    female: 'Priya, Ananya, Diya, Saanvi, Isha, Pooja, Kavya, Lakshmi, Neha, Meenakshi, Shreya',
    last: 'Sharma, Verma, Patel, Gupta, Singh, Kumar, Iyer, Reddy, Nair, Mehta, Chatterjee, Banerjee, Menon, Rao, Joshi, Desai, Pillai, Krishnamurthy, Venkataraman',
  },
  za: {
    male: 'Thabo, Sipho, Johan, Pieter, Bongani, Ruan, Themba, Lwazi',
    female: 'Naledi, Lerato, Annelie, Zanele, Nomvula, Chantelle, Thandiwe, Karabo',
    last: 'Nkosi, Dlamini, Ndlovu, van der Merwe, Botha, Khumalo, Mokoena, Pretorius, Naidoo, Zulu, du Plessis, Coetzee',
  },
  ng: {
    male: 'Chinedu, Oluwaseun, Emeka, Ibrahim, Tunde, Babajide, Obinna, Chukwuemeka',
    female: 'Ngozi, Adaeze, Funmilayo, Aisha, Chiamaka, Yetunde, Zainab, Temitope',
    last: 'Okafor, Adeyemi, Okonkwo, Bello, Eze, Balogun, Nwosu, Ogunleye, Abubakar, Olawale, Chukwu, Adebayo',
  },
  eg: {
    male: 'محمد=mohamed, أحمد=ahmed, يوسف=youssef, عمر=omar, خالد=khaled, كريم=karim, مصطفى=mostafa, طارق=tarek',
    female:
      'فاطمة=fatma, مريم=mariam, نور=nour, سارة=sara, ليلى=laila, منى=mona, ياسمين=yasmin, هبة=heba',
    last: 'حسن=hassan, علي=ali, إبراهيم=ibrahim, عبد الله=abdallah, مصطفى=mostafa, السيد=elsayed, سالم=salem, منصور=mansour, عبد الرحمن=abdelrahman, الشريف=elsherif',
    latinShare: 0.5,
  },
  gulf: {
    male: 'Ahmed, Mohammed, Khalid, Abdullah, Saeed, Faisal, Hamad, Sultan',
    female: 'Fatima, Noura, Aisha, Maryam, Hessa, Reem, Latifa, Shamma',
    last: 'Al Mansouri, Al Hashimi, Al Qahtani, Al Otaibi, Al Ghamdi, Al Shamsi, Al Suwaidi, Al Zahrani, Al Harbi, Al Falasi',
  },
  tr: {
    male: 'Mehmet, Mustafa, Ahmet, Emre, Can, Burak, İlker, Oğuz',
    female: 'Ayşe, Fatma, Zeynep, Elif, Özge, Şule, Çağla, Gülşen',
    last: 'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Çetin',
  },
  vn: {
    male: 'Minh, Tuấn, Dũng, Hùng, Quang, Khoa, Đức',
    female: 'Anh, Linh, Hương, Thảo, Ngọc, Trang, Phương',
    last: 'Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ',
  },
  th: {
    male: 'Somchai, Niran, Anurak, Thanawat, Kittisak, Chaiwat',
    female: 'Siriporn, Kanokwan, Ploy, Pimchanok, Nattaya, Supaporn',
    last: 'Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Suksawat, Thongdee, Boonmee, Phromsuwan, Kittikhun',
  },
  id: {
    male: 'Budi, Agus, Rizky, Andi, Fajar, Wayan, Made, Dimas',
    female: 'Siti, Dewi, Putri, Ayu, Indah, Ketut, Ratna, Wulan',
    last: 'Santoso, Wijaya, Saputra, Rahayu, Hidayat, Pratama, Kusuma, Nugroho, Setiawan, Lestari, Gunawan, Halim',
  },
  ph: {
    male: 'Jose, Mark, John Paul, Rodel, Jhun, Carlo, Miguel',
    female: 'Maria, Angelica, Kristine, Princess, Rhea, Maricel, Jasmine',
    last: 'Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Dela Cruz, Villanueva, Aquino, Ramos',
  },
  ke: {
    male: 'Kamau, Otieno, Kipchoge, Mwangi, Kibet, Brian, Odhiambo',
    female: 'Wanjiru, Achieng, Njeri, Wambui, Akinyi, Faith, Chebet',
    last: 'Mwangi, Otieno, Kamau, Kariuki, Ochieng, Njoroge, Wanjiku, Kiprono, Mutua, Omondi',
  },
  malay: {
    male: 'Muhammad Hafiz, Ahmad Faiz, Amirul, Azlan, Haziq, Iskandar',
    female: 'Nur Aisyah, Farah, Hafizah, Syafiqah, Nurul Ain, Aina',
    last: 'bin Abdullah|binti Abdullah, bin Ismail|binti Ismail, bin Hassan|binti Hassan, bin Ahmad|binti Ahmad, bin Yusof|binti Yusof',
  },
  seachinese: {
    male: 'Jason, Kenneth, Darren, Jun Jie, Wei Ming, Marcus',
    female: 'Michelle, Wei Ling, Hui Min, Xin Yi, Rachel, Germaine',
    last: 'Tan, Lim, Lee, Ng, Wong, Goh, Teo, Chua, Ong, Koh',
  },
};

// Letters that Unicode decomposition leaves alone but that have an obvious Latin spelling.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** Lower-case a–z/0–9 spelling of a Latin-script name ("Łukasz Ångström" → "lukaszangstrom"). */
export function foldAscii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøæßđıœþð]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

function parseName(entry: string): PoolName {
  const [text = '', ascii] = entry.split('=');
  return { text, ascii: ascii ?? foldAscii(text) };
}

function parseList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function parseSurname(entry: string): Surname {
  const [male = '', female] = entry.split('|');
  return { male: parseName(male), female: parseName(female ?? male) };
}

export const CULTURES: Record<string, Culture> = Object.fromEntries(
  Object.entries(SOURCES).map(([id, source]) => [
    id,
    {
      id,
      male: parseList(source.male).map(parseName),
      female: parseList(source.female).map(parseName),
      last: parseList(source.last).map(parseSurname),
      familyFirst: source.familyFirst ?? false,
      joiner: source.joiner ?? ' ',
      latinShare: source.latinShare ?? 0,
    },
  ]),
);

export function cultureById(id: string): Culture {
  const culture = CULTURES[id];
  if (!culture) throw new Error(`unknown seed culture ${id}`);
  return culture;
}
