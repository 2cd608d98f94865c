// Places around Ukraine that war reports name: Russian and Belarusian regions
// and cities near the front, seas, rivers, crossings, and the political
// geography ("the West") that articles treat as a place.
import type { LexiconEntry } from '../types';
import { entryMaker } from './entry';

const place = entryMaker('place', 'gazetteer:places-region');

export const PLACES_REGION: readonly LexiconEntry[] = [
  // Russia.
  place('moscow', 'Moscow', 'Moskow', ['Moskwa', 'Moskva'], 'Capital of Russia, often standing for the Russian government', 'Ibu kota Rusia, kerap dipakai untuk menyebut pemerintah Rusia'),
  place('st_petersburg', 'St Petersburg', 'St. Petersburg', ['Saint Petersburg', 'Sankt Peterburg', 'Petersburg'], 'Russia’s second city, on the Baltic Sea', 'Kota terbesar kedua Rusia, di tepi Laut Baltik'),
  place('belgorod', 'Belgorod', 'Belgorod', ['Belgorod Oblast'], 'Russian city and region on the border north of Kharkiv, a staging area and target of strikes', 'Kota dan wilayah Rusia di perbatasan utara Kharkiv, tempat pengerahan pasukan sekaligus sasaran serangan'),
  place('kursk', 'Kursk', 'Kursk', ['Kursk Oblast'], 'Russian city and border region that Ukrainian forces entered in August 2024', 'Kota dan wilayah perbatasan Rusia yang dimasuki pasukan Ukraina pada Agustus 2024'),
  place('sudzha', 'Sudzha', 'Sudzha', ['Sudja'], 'Russian border town in Kursk region held by Ukraine from August 2024 until early 2025', 'Kota perbatasan Rusia di wilayah Kursk yang dikuasai Ukraina dari Agustus 2024 hingga awal 2025'),
  place('korenevo', 'Korenevo', 'Korenevo', [], 'Russian district town in Kursk region, fought over after Ukraine’s incursion of August 2024', 'Kota distrik di wilayah Kursk, Rusia, yang diperebutkan setelah serangan masuk Ukraina pada Agustus 2024'),
  place('bryansk', 'Bryansk', 'Bryansk', ['Bryansk Oblast'], 'Russian city and region bordering northern Ukraine and Belarus', 'Kota dan wilayah Rusia yang berbatasan dengan Ukraina utara dan Belarus'),
  place('voronezh', 'Voronezh', 'Voronezh', ['Voronezh Oblast'], 'Russian city and region east of the Ukrainian border', 'Kota dan wilayah Rusia di timur perbatasan Ukraina'),
  place('rostov_on_don', 'Rostov-on-Don', 'Rostov-on-Don', ['Rostov', 'Rostov-na-Donu', 'Rostov Oblast'], 'Southern Russian city, headquarters of Russia’s war in Ukraine, briefly seized by Wagner in June 2023', 'Kota di Rusia selatan, markas komando perang Rusia di Ukraina, sempat dikuasai Wagner pada Juni 2023'),
  place('taganrog', 'Taganrog', 'Taganrog', [], 'Russian port on the Sea of Azov near the Ukrainian border', 'Pelabuhan Rusia di Laut Azov dekat perbatasan Ukraina'),
  place('krasnodar', 'Krasnodar', 'Krasnodar', ['Krasnodar Krai'], 'Southern Russian city and region facing Crimea across the Kerch Strait', 'Kota dan wilayah di Rusia selatan yang berhadapan dengan Krimea di seberang Selat Kerch'),
  place('novorossiysk', 'Novorossiysk', 'Novorossiysk', ['Novorossiisk'], 'Russian Black Sea naval port, where much of the fleet moved from Crimea', 'Pelabuhan angkatan laut Rusia di Laut Hitam, tujuan pindahnya banyak kapal armada dari Krimea'),
  place('smolensk', 'Smolensk', 'Smolensk', [], 'Russian city west of Moscow near Belarus', 'Kota Rusia di barat Moskow dekat Belarus'),
  place('kaliningrad', 'Kaliningrad', 'Kaliningrad', [], 'Russian exclave on the Baltic between Poland and Lithuania', 'Wilayah eksklave Rusia di Laut Baltik, diapit Polandia dan Lituania'),
  place('chechnya', 'Chechnya', 'Chechnya', ['Chechen Republic', 'Cechnya'], 'Russian republic in the North Caucasus led by Ramzan Kadyrov, whose units fight in Ukraine', 'Republik di Kaukasus Utara, Rusia, dipimpin Ramzan Kadyrov; pasukannya ikut bertempur di Ukraina'),
  place('buryatia', 'Buryatia', 'Buryatia', ['Republic of Buryatia', 'Republik Buryatia'], 'Siberian republic of Russia whose men have been sent to the war in numbers far above its share of the population', 'Republik di Siberia, Rusia, yang pria-prianya dikirim ke perang jauh melebihi bagiannya dari jumlah penduduk'),
  place('upper_lars', 'Upper Lars', 'Upper Lars', ['Verkhny Lars', 'Verkhniy Lars'], 'Russian border crossing into Georgia, where thousands queued to leave Russia after the mobilisation of September 2022', 'Pos perbatasan Rusia ke Georgia, tempat ribuan orang antre meninggalkan Rusia setelah mobilisasi September 2022'),
  place('kerch', 'Kerch', 'Kerch', [], 'Port city in eastern Crimea at the Crimean Bridge', 'Kota pelabuhan di Krimea timur, di ujung Jembatan Krimea'),
  place('crimean_bridge', 'Crimean Bridge', 'Jembatan Krimea', ['Kerch Bridge', 'Kerch Strait Bridge', 'Jembatan Kerch'], 'Road and rail bridge Russia built from its mainland to Crimea, damaged in 2022 and 2023 attacks', 'Jembatan jalan dan kereta yang dibangun Rusia dari daratannya ke Krimea, rusak akibat serangan 2022 dan 2023'),
  place('kerch_strait', 'Kerch Strait', 'Selat Kerch', [], 'Strait linking the Black Sea and the Sea of Azov between Crimea and Russia', 'Selat penghubung Laut Hitam dan Laut Azov, di antara Krimea dan Rusia'),
  place('engels_air_base', 'Engels air base', 'Pangkalan udara Engels', ['Engels airbase', 'Engels-2'], 'Russian strategic bomber base on the Volga, hit by Ukrainian drones', 'Pangkalan pesawat pengebom strategis Rusia di tepi Volga yang diserang drone Ukraina'),
  place('olenya_air_base', 'Olenya air base', 'Pangkalan udara Olenya', ['Olenya', 'Olenya airbase', 'Olenegorsk air base'], 'Russian bomber base on the Kola Peninsula, among those struck by Ukraine’s Operation Spiderweb drones in June 2025', 'Pangkalan pesawat pengebom Rusia di Semenanjung Kola, salah satu sasaran drone Operasi Spiderweb Ukraina pada Juni 2025'),
  place('belaya_air_base', 'Belaya air base', 'Pangkalan udara Belaya', ['Belaya airbase'], 'Russian bomber base in Siberia’s Irkutsk region, struck by Ukrainian drones in June 2025, 4,000 km from the front', 'Pangkalan pesawat pengebom Rusia di wilayah Irkutsk, Siberia, yang diserang drone Ukraina pada Juni 2025, 4.000 km dari garis depan'),
  place('dyagilevo_air_base', 'Dyagilevo air base', 'Pangkalan udara Dyagilevo', ['Dyagilevo', 'Dyagilevo airbase'], 'Russian air base near Ryazan for long-range bombers and their tankers, hit by Ukrainian drones since 2022', 'Pangkalan udara Rusia dekat Ryazan untuk pesawat pengebom jarak jauh dan pesawat tankernya, diserang drone Ukraina sejak 2022'),
  place('vnukovo_airport', 'Vnukovo', 'Vnukovo', ['Vnukovo airport', 'Vnukovo International Airport', 'Bandara Vnukovo'], 'Moscow airport, the government’s own, often shut during Ukrainian drone attacks on the capital', 'Bandara Moskow yang juga dipakai pemerintah, kerap ditutup saat serangan drone Ukraina ke ibu kota'),
  // Russian cities reached by Ukraine's long-range drones: refineries, depots, air bases, arms plants.
  place('primorsk', 'Primorsk', 'Primorsk', [], 'Russian Baltic oil port west of St Petersburg, a target of Ukrainian drones', 'Pelabuhan minyak Rusia di Laut Baltik, barat St. Petersburg, sasaran drone Ukraina'),
  place('ust_luga', 'Ust-Luga', 'Ust-Luga', [], 'Russian Baltic port near Estonia with oil and gas terminals, a target of Ukrainian drones', 'Pelabuhan Rusia di Laut Baltik dekat Estonia dengan terminal minyak dan gas, sasaran drone Ukraina'),
  place('kurchatov', 'Kurchatov', 'Kurchatov', [], 'Russian town of the Kursk nuclear power plant, near the ground Ukraine took in 2024', 'Kota Rusia tempat PLTN Kursk, dekat wilayah yang direbut Ukraina pada 2024'),
  place('saratov', 'Saratov', 'Saratov', [], 'Russian city on the Volga, across the river from the Engels bomber base; its oil refinery has been hit by Ukrainian drones', 'Kota Rusia di tepi Volga, di seberang pangkalan pengebom Engels; kilang minyaknya diserang drone Ukraina'),
  place('tuapse', 'Tuapse', 'Tuapse', [], 'Russian Black Sea port with an oil refinery and terminal, a target of Ukrainian drones', 'Pelabuhan Rusia di Laut Hitam dengan kilang dan terminal minyak, sasaran drone Ukraina'),
  place('lipetsk', 'Lipetsk', 'Lipetsk', ['Lipetsk Oblast'], 'Russian city south of Moscow with a military air base and steelworks, hit by Ukrainian drones', 'Kota Rusia di selatan Moskow dengan pangkalan udara militer dan pabrik baja, diserang drone Ukraina'),
  place('ryazan', 'Ryazan', 'Ryazan', ['Ryazan Oblast'], 'Russian city south-east of Moscow with a large oil refinery struck by drones', 'Kota Rusia di tenggara Moskow dengan kilang minyak besar yang diserang drone'),
  place('volgograd', 'Volgograd', 'Volgograd', ['Volgograd Oblast'], 'Russian city on the Volga, formerly Stalingrad; its refinery has been hit by drones', 'Kota Rusia di tepi Volga, dulu Stalingrad; kilangnya diserang drone'),
  place('yeysk', 'Yeysk', 'Yeysk', ['Yeisk'], 'Russian port and air base on the Sea of Azov', 'Pelabuhan dan pangkalan udara Rusia di Laut Azov'),
  place('tula', 'Tula', 'Tula', ['Tula Oblast'], 'Russian city south of Moscow, a centre of the arms industry', 'Kota Rusia di selatan Moskow, pusat industri senjata'),
  place('kaluga', 'Kaluga', 'Kaluga', ['Kaluga Oblast'], 'Russian city south-west of Moscow', 'Kota Rusia di barat daya Moskow'),
  place('oryol', 'Oryol', 'Oryol', ['Orel', 'Oryol Oblast'], 'Russian city south of Moscow, between the Bryansk and Kursk regions', 'Kota Rusia di selatan Moskow, di antara wilayah Bryansk dan Kursk'),
  place('tambov', 'Tambov', 'Tambov', ['Tambov Oblast'], 'Russian city south-east of Moscow', 'Kota Rusia di tenggara Moskow'),
  place('syzran', 'Syzran', 'Syzran', [], 'Russian city on the Volga with an oil refinery hit by drones', 'Kota Rusia di tepi Volga dengan kilang minyak yang diserang drone'),
  place('kazan', 'Kazan', 'Kazan', [], 'Capital of Russia’s Tatarstan, reached by Ukrainian long-range drones', 'Ibu kota Tatarstan, Rusia, yang dijangkau drone jarak jauh Ukraina'),
  // The Russian Far East, where North Korea's arms and troops came in.
  place('vostochny_cosmodrome', 'Vostochny Cosmodrome', 'Kosmodrom Vostochny', ['Vostochny spaceport', 'Kosmodrom Vostochniy'], 'Russian space launch site in the Far East where Putin hosted Kim Jong Un in September 2023', 'Bandar antariksa Rusia di Timur Jauh, tempat Putin menjamu Kim Jong Un pada September 2023'),
  place('nakhodka', 'Nakhodka', 'Nakhodka', [], 'Russian Pacific port near Vladivostok, one of the ports where North Korean munitions were unloaded', 'Pelabuhan Rusia di Pasifik dekat Vladivostok, salah satu pelabuhan tempat amunisi Korea Utara dibongkar'),
  place('tumen_river', 'Tumen River', 'Sungai Tumen', [], 'River on the short border between North Korea and Russia, crossed by the rail bridge that carries their trade', 'Sungai di perbatasan pendek Korea Utara dan Rusia, dilintasi jembatan kereta jalur dagang keduanya'),
  place('yekaterinburg', 'Yekaterinburg', 'Yekaterinburg', ['Ekaterinburg'], 'Russian city in the Urals, where the US reporter Evan Gershkovich was tried in 2024', 'Kota Rusia di Pegunungan Ural, tempat wartawan AS Evan Gershkovich diadili pada 2024'),
  place('pskov', 'Pskov', 'Pskov', ['Pskov Oblast'], 'Russian city near Estonia, whose air base was hit by drones in 2023', 'Kota Rusia dekat Estonia; pangkalan udaranya diserang drone pada 2023'),
  place('glushkovo', 'Glushkovo', 'Glushkovo', [], 'Russian border district in the Kursk region, fought over after Ukraine’s 2024 incursion', 'Distrik perbatasan Rusia di wilayah Kursk, diperebutkan setelah serangan Ukraina pada 2024'),
  place('vladivostok', 'Vladivostok', 'Vladivostok', [], 'Russian Pacific port, where North Korean troops were shipped on their way to the war', 'Pelabuhan Rusia di Pasifik, tempat pasukan Korea Utara diberangkatkan menuju perang'),
  place('sakhalin', 'Sakhalin', 'Sakhalin', ['Pulau Sakhalin', 'Sakhalin Island'], 'Russian island in the Pacific, home of the Sakhalin-1 and Sakhalin-2 oil and gas projects', 'Pulau Rusia di Pasifik, lokasi proyek minyak dan gas Sakhalin-1 dan Sakhalin-2'),
  place('komsomolsk_on_amur', 'Komsomolsk-on-Amur', 'Komsomolsk-on-Amur', [], 'Russian city in the Far East whose aircraft plant builds Su-35 and Su-57 fighters', 'Kota di Timur Jauh Rusia yang pabrik pesawatnya membuat jet tempur Su-35 dan Su-57'),
  // Belarus and Moldova.
  place('minsk', 'Minsk', 'Minsk', [], 'Capital of Belarus, which gave its name to the 2014–2015 ceasefire deals', 'Ibu kota Belarus, yang namanya dipakai untuk kesepakatan gencatan senjata 2014–2015'),
  place('gomel', 'Gomel', 'Gomel', ['Homel', 'Homiel'], 'Belarusian city near the Ukrainian border, in whose region the first Russia–Ukraine talks were held in 2022', 'Kota di Belarus dekat perbatasan Ukraina; perundingan pertama Rusia–Ukraina pada 2022 digelar di wilayahnya'),
  place('brest_belarus', 'Brest', 'Brest', ['Brest-Litovsk'], 'Belarusian city on the Polish border, in whose region Russia–Ukraine talks were held in March 2022', 'Kota Belarus di perbatasan Polandia; perundingan Rusia–Ukraina pada Maret 2022 digelar di wilayahnya'),
  place('transnistria', 'Transnistria', 'Transnistria', ['Transdniestria', 'Pridnestrovie'], 'Breakaway strip of Moldova on the Ukrainian border with Russian troops stationed in it', 'Wilayah Moldova yang memisahkan diri di perbatasan Ukraina, tempat pasukan Rusia ditempatkan'),
  // Seas, rivers, straits.
  place('black_sea', 'Black Sea', 'Laut Hitam', [], 'Sea south of Ukraine and Russia, a route for grain exports and a naval battleground', 'Laut di selatan Ukraina dan Rusia, jalur ekspor gandum sekaligus medan tempur laut'),
  place('sea_of_azov', 'Sea of Azov', 'Laut Azov', ['Azov Sea'], 'Shallow sea between Crimea, south-eastern Ukraine and Russia, its coast now held by Russia', 'Laut dangkal di antara Krimea, Ukraina tenggara, dan Rusia, yang pesisirnya kini dikuasai Rusia'),
  place('dnipro_river', 'Dnipro River', 'Sungai Dnipro', ['Dnieper', 'Dnieper River', 'Dnipro river', 'Sungai Dnieper'], 'Ukraine’s main river, running from the north through Kyiv to the Black Sea; in the south it divides the front', 'Sungai utama Ukraina yang mengalir dari utara melewati Kyiv ke Laut Hitam; di selatan menjadi batas garis depan'),
  place('siverskyi_donets', 'Siverskyi Donets', 'Sungai Siverskyi Donets', ['Donets', 'Seversky Donets', 'Donets River', 'Sungai Donets'], 'River through Kharkiv, Donetsk and Luhansk oblasts, a natural line in the Donbas fighting', 'Sungai yang melintasi Provinsi Kharkiv, Donetsk, dan Luhansk, menjadi garis alami dalam pertempuran Donbas'),
  place('oskil', 'Oskil', 'Sungai Oskil', ['Oskil River', 'Oskol'], 'River in eastern Kharkiv oblast along which the front settled in late 2022', 'Sungai di Provinsi Kharkiv timur yang menjadi garis depan sejak akhir 2022'),
  place('danube', 'Danube', 'Sungai Danube', ['Danube River', 'Sungai Donau'], 'River forming Ukraine’s short border with Romania, an export route for grain', 'Sungai yang menjadi perbatasan pendek Ukraina dengan Rumania, jalur ekspor gandum'),
  place('baltic_sea', 'Baltic Sea', 'Laut Baltik', [], 'Sea in northern Europe ringed by NATO states and Russia', 'Laut di Eropa utara yang dikelilingi negara-negara NATO dan Rusia'),
  place('bosphorus', 'Bosphorus', 'Selat Bosporus', ['Bosporus', 'Turkish Straits'], 'Strait at Istanbul controlling passage between the Black Sea and the Mediterranean', 'Selat di Istanbul yang mengatur lalu lintas kapal antara Laut Hitam dan Laut Tengah'),
  place('dardanelles', 'Dardanelles', 'Selat Dardanella', ['Dardanella'], 'Strait by Gallipoli, the Turkish Straits’ outlet to the Aegean, closed to warships of the warring sides since 2022', 'Selat dekat Gallipoli, pintu Selat Turki ke Laut Aegea, yang tertutup bagi kapal perang pihak bertikai sejak 2022'),
  // Political geography. The West is named without its article and without
  // "Negara-negara", as the gold spans it (`the West` -> `West`).
  place('the_west', 'West', 'Barat', [], 'The United States, Europe and their allies, taken as one bloc', 'Amerika Serikat, Eropa, dan sekutunya, dipandang sebagai satu blok'),
  place('europe', 'Europe', 'Eropa', [], 'The continent in which the war is being fought', 'Benua tempat perang ini berlangsung'),
  place('eastern_europe', 'Eastern Europe', 'Eropa Timur', [], 'The eastern part of Europe, from the Baltic states to the Black Sea', 'Bagian timur Eropa, dari negara-negara Baltik hingga Laut Hitam'),
  place('caucasus', 'Caucasus', 'Kaukasus', ['North Caucasus', 'Kaukasus Utara'], 'Mountain region between the Black and Caspian seas', 'Kawasan pegunungan di antara Laut Hitam dan Laut Kaspia'),
];
