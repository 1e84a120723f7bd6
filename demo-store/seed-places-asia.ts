// Seed addresses in Asia and the Gulf. Chinese, Japanese and Korean addresses are written in
// their own script with local street lists per city, as customers there type them. The UAE has
// no postcodes, so its pattern is empty.

import type { CountrySource } from './seed-places.ts';

export const PLACES_ASIA: Record<string, CountrySource> = {
  CN: {
    weight: 6,
    people: 'cn:100',
    places: `北京|CN2|100###|朝阳区建国路/海淀区中关村大街/东城区王府井大街/西城区金融大街;
      上海|CN10|200###|浦东新区世纪大道/黄浦区南京东路/徐汇区淮海中路/静安区南京西路;
      广州|CN20|510###|天河区天河路/越秀区北京路/海珠区新港中路;
      深圳|CN20|518###|南山区科技园南路/福田区深南大道/罗湖区东门中路;
      杭州|CN12|310###|西湖区文三路/上城区延安路/滨江区网商路;
      成都|CN24|610###|锦江区春熙路/武侯区人民南路/高新区天府大道;
      南京|CN11|210###|鼓楼区中山路/玄武区珠江路; 苏州|CN11|215###|姑苏区观前街/工业园区星湖街;
      武汉|CN18|430###|江汉区解放大道/武昌区中南路; 西安|CN26|710###|雁塔区长安南路/碑林区东大街;
      昆明|CN1|650###|五华区东风西路/盘龙区北京路; 重庆|CN23|400###|渝中区民族路/江北区观音桥步行街;
      天津|CN3|300###|和平区南京路/河西区友谊路`,
    streets: '人民路; 解放路; 中山路',
    line: '{s}{n}号',
    extra: '{k}号楼{n}室; {k}单元{m}0{k}; A座{m}层',
    phones: '+86 13# #### ####; +86 15# #### ####; +86 18# #### ####',
    domains: 'qq.example, 163.example, 126.example, sina.example',
    companies: '北京星辰科技有限公司; 上海云帆贸易有限公司; 杭州青竹文化传媒有限公司',
  },
  JP: {
    weight: 4,
    people: 'jp:100',
    places: `千代田区|JP13|100-####|丸の内/大手町/神田神保町; 渋谷区|JP13|150-####|神南/道玄坂/恵比寿;
      新宿区|JP13|160-####|西新宿/神楽坂; 港区|JP13|106-####|六本木/麻布十番;
      大阪市北区|JP27|530-####|梅田/天神橋; 横浜市中区|JP14|231-####|山下町/元町;
      京都市中京区|JP26|604-####|河原町/烏丸; 札幌市中央区|JP01|060-####|大通西/北一条西;
      福岡市博多区|JP40|812-####|博多駅前/中洲; 名古屋市中区|JP23|460-####|栄/錦;
      那覇市|JP47|900-####|久茂地/牧志; 神戸市中央区|JP28|650-####|三宮町/元町通`,
    streets: '本町; 中央',
    line: '{s}{k}-{k}-{k}',
    extra: 'メゾン桜 {k}0{k}; グランドハイツ {k}0{k}; パークタワー {m}F; サンシャインビル {k}階',
    phones: '+81 90-####-####; +81 80-####-####; +81 3-####-####',
    domains: 'docomo.example, ezweb.example, yahoo-jp.example',
    companies: '株式会社サクラ商事; 有限会社やまと製作所; 株式会社ミライデザイン',
  },
  KR: {
    weight: 2.5,
    people: 'kr:100',
    places: `서울||0####|강남구 테헤란로/종로구 세종대로/마포구 양화로/송파구 올림픽로;
      부산||4####|해운대구 해운대로/중구 중앙대로; 인천||2####|연수구 컨벤시아대로/남동구 인하로;
      대구||4####|중구 동성로/수성구 달구벌대로; 대전||3####|유성구 대학로/서구 둔산로;
      광주||6####|동구 금남로/서구 상무대로`,
    streets: '중앙로',
    line: '{s} {n}',
    extra: '{k}0{k}호; {k}층; {m}동 {k}0{k}호',
    phones: '+82 10-####-####; +82 2-###-####',
    domains: 'naver.example, daum.example, kakao.example',
    companies: '(주)한빛소프트웨어; 주식회사 푸른바다; (주)서울디자인랩',
  },
  IN: {
    weight: 5,
    people: 'in:100',
    places: `Mumbai|MH|400###; Pune|MH|411###; New Delhi|DL|110###; Bengaluru|KA|560###;
      Chennai|TN|600###; Hyderabad|TS|500###; Kolkata|WB|700###; Ahmedabad|GJ|380###;
      Jaipur|RJ|302###; Kochi|KL|682###; Lucknow|UP|226###; Chandigarh|CH|160###; Panaji|GA|403###`,
    streets: `MG Road; Linking Road; Park Street; Anna Salai; Brigade Road; Banjara Hills Road No. 12;
      Connaught Place; FC Road; Residency Road; Marine Drive; Ashram Road`,
    line: '{n}, {s}',
    extra: `Flat {n}, Sai Residency; Near City Mall; {k}th Cross; Opp. Railway Station;
      Plot No. {m}`,
    phones: '+91 9#### #####; +91 8#### #####; +91 7#### #####',
    domains: 'rediff.example, yahoo-in.example',
    companies: 'Sundaram Textiles Pvt. Ltd.; Kaveri Software Solutions Pvt. Ltd.; Mehta & Sons',
  },
  SG: {
    weight: 1,
    people: 'seachinese:70 malay:12 in:12 gb:6',
    places: `Singapore||01####; Singapore||23####; Singapore||52####; Singapore||60####;
      Singapore||31####`,
    streets: `Orchard Road; Marina Boulevard; Tampines Street 81; Jurong West Avenue 1;
      Toa Payoh Lorong 1; Ang Mo Kio Avenue 3; Bukit Timah Road`,
    line: '{n} {s}',
    extra: '#{m}-{n}; #0{k}-{n}',
    phones: '+65 9### ####; +65 8### ####; +65 6### ####',
    domains: 'singnet.example, starhub.example',
    companies: 'Lion City Trading Pte. Ltd.; Merlion Analytics Pte. Ltd.',
  },
  MY: {
    weight: 1,
    people: 'malay:55 seachinese:30 in:15',
    places: `Kuala Lumpur|KUL|5####; Petaling Jaya|SGR|46###; Shah Alam|SGR|40###;
      George Town|PNG|10###; Johor Bahru|JHR|80###; Kota Kinabalu|SBH|88###; Kuching|SWK|93###;
      Melaka|MLK|75###; Ipoh|PRK|30###`,
    streets: `Jalan Bukit Bintang; Jalan Ampang; Jalan SS 2; Lebuh Chulia; Jalan Wong Ah Fook;
      Jalan Tun Razak; Persiaran Gurney`,
    line: '{n}, {s}',
    extra: 'Taman Desa; Blok {k}, Unit {m}; Lot {n}',
    phones: '+60 1#-### ####; +60 3-#### ####',
    domains: 'tm.example, streamyx.example',
    companies: 'Syarikat Maju Jaya Sdn. Bhd.; Teh Tarik Holdings Sdn. Bhd.',
  },
  TH: {
    weight: 1,
    people: 'th:95 seachinese:5',
    places: `Bangkok|TH-10|10###; Chiang Mai|TH-50|50###; Phuket|TH-83|83###;
      Nonthaburi|TH-12|11###; Khon Kaen|TH-40|40###; Pattaya|TH-20|20###`,
    streets: `Sukhumvit Road; Silom Road; Nimmanhaemin Road; Ratchadamnoen Avenue;
      Soi Sukhumvit 11; Charoen Krung Road; Phra Athit Road`,
    line: '{n} {s}',
    extra: 'Moo {k}; Floor {m}, Room {n}; Soi {m}',
    phones: '+66 8# ### ####; +66 9# ### ####; +66 2 ### ####',
    domains: 'truemail.example',
    companies: 'Siam Orchid Co., Ltd.; Chao Phraya Logistics Co., Ltd.',
  },
  VN: {
    weight: 1,
    people: 'vn:100',
    places: `Hà Nội|vnhn|10####; Thành phố Hồ Chí Minh|vnsg|70####; Đà Nẵng|vndn|55####;
      Hải Phòng|vnhp|18####; Cần Thơ|vnct|90####`,
    streets: `Đường Láng; Phố Hàng Bạc; Đường Nguyễn Huệ; Đường Lê Lợi; Đường Bạch Đằng;
      Đường Trần Hưng Đạo; Phố Huế`,
    line: '{n} {s}',
    extra: 'Phường {k}; Tầng {m}; Ngõ {n}',
    phones: '+84 9# ### ## ##; +84 3# ### ## ##',
    domains: 'vnn.example, fpt.example',
    companies: 'Công ty TNHH Sen Vàng; Công ty Cổ phần Mekong Tech',
  },
  PH: {
    weight: 1,
    people: 'ph:92 seachinese:5 in:3',
    places: `Manila|00|1###; Quezon City|00|11##; Makati|00|12##; Taguig|00|16##; Cebu City|CEB|6000;
      Davao City|DAS|8000; Baguio|BEN|2600; Iloilo City|ILI|5000`,
    streets: `Ayala Avenue; EDSA; Osmeña Boulevard; Session Road; Roxas Boulevard;
      Katipunan Avenue; Bonifacio High Street`,
    line: '{n} {s}',
    extra: 'Unit {m}0{k}; Brgy. San Antonio; Blk {k} Lot {m}',
    phones: '+63 9## ### ####; +63 2 #### ####',
    domains: 'pldt.example, globe.example',
    companies: 'Bayanihan Foods Inc.; Sampaguita Digital Inc.',
  },
  ID: {
    weight: 1.5,
    people: 'id:90 seachinese:10',
    places: `Jakarta Selatan|JK|12###; Jakarta Pusat|JK|10###; Bandung|JB|40###; Surabaya|JI|60###;
      Yogyakarta|YO|55###; Denpasar|BA|80###; Medan|SU|20###; Makassar|SN|90###;
      Semarang|JT|50###`,
    streets: `Jalan Sudirman; Jalan Thamrin; Jalan Malioboro; Jalan Braga; Jalan Legian;
      Jalan Gatot Subroto; Jalan Diponegoro`,
    line: '{s} No. {n}',
    extra: 'RT 0{k}/RW 0{k}; Lantai {m}; Blok {k} No. {m}',
    phones: '+62 81#-####-####; +62 85#-####-####; +62 21 ####-####',
    domains: 'telkom.example',
    companies: 'PT Sinar Jaya Abadi; PT Nusantara Digital Kreatif',
  },
  AE: {
    weight: 1,
    people: 'gulf:45 in:30 eg~:10 gb:8 ph:7',
    places: 'Dubai||; Abu Dhabi||; Sharjah||; Ajman||',
    streets: `Sheikh Zayed Road; Al Wasl Road; Corniche Road; Al Khan Street; Jumeirah Beach Road;
      Al Maktoum Road`,
    line: 'Building {n}, {s}',
    extra: 'Apartment {m}0{k}; Office {n}; P.O. Box {n}{k}{k}',
    phones: '+971 5# ### ####; +971 4 ### ####',
    domains: 'emirates.example, eim.example',
    companies: 'Desert Rose Trading LLC; Gulf Horizon Consulting FZE',
  },
  SA: {
    weight: 1,
    people: 'gulf:80 eg:8 in:6 ph:6',
    places:
      'Riyadh||1####; Jeddah||2####; Dammam||3####; Mecca||2####; Medina||4####; Khobar||3####',
    streets: `King Fahd Road; Prince Sultan Street; Tahlia Street; King Abdulaziz Road; Olaya Street;
      Prince Mohammed bin Abdulaziz Road`,
    line: '{n} {s}',
    extra: 'Al Olaya District; Building {m}, Unit {k}; Al Rawdah District',
    phones: '+966 5# ### ####; +966 11 ### ####',
    domains: 'sahara.example',
    companies: 'Najd Palm Trading Co.; Red Sea Pearl Est.',
  },
};
