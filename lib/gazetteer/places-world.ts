// Cities elsewhere in the world that war reports name as datelines, meeting
// places or stand-ins for their governments (Washington, Brussels).
import type { LexiconEntry } from '../types';
import { entryMaker } from './entry';

const place = entryMaker('place', 'gazetteer:places-world');

export const PLACES_WORLD: readonly LexiconEntry[] = [
  place('washington', 'Washington', 'Washington', ['Washington, D.C.', 'Washington D.C.', 'Washington DC'], 'Capital of the United States, often standing for the US government', 'Ibu kota Amerika Serikat, kerap dipakai untuk menyebut pemerintah AS'),
  place('brussels', 'Brussels', 'Brussel', ['Bruxelles'], 'Capital of Belgium, seat of NATO and most EU institutions', 'Ibu kota Belgia, markas NATO dan sebagian besar lembaga Uni Eropa'),
  place('london', 'London', 'London', [], 'Capital of the United Kingdom', 'Ibu kota Britania Raya'),
  place('paris', 'Paris', 'Paris', [], 'Capital of France', 'Ibu kota Prancis'),
  place('berlin', 'Berlin', 'Berlin', [], 'Capital of Germany', 'Ibu kota Jerman'),
  place('warsaw', 'Warsaw', 'Warsawa', ['Warszawa'], 'Capital of Poland, a key ally and transit country for Ukraine', 'Ibu kota Polandia, sekutu penting dan negara transit bagi Ukraina'),
  place('rzeszow', 'Rzeszów', 'Rzeszów', ['Rzeszow'], 'Polish city near Ukraine, the main hub for Western military aid', 'Kota di Polandia dekat Ukraina, simpul utama pengiriman bantuan militer Barat'),
  place('przemysl', 'Przemyśl', 'Przemyśl', ['Przemysl'], 'Polish border town where trains from Ukraine arrive', 'Kota perbatasan Polandia tempat kereta dari Ukraina tiba'),
  place('istanbul', 'Istanbul', 'Istanbul', [], 'Turkish city where Russia and Ukraine held peace talks in 2022 and 2025', 'Kota di Turki tempat Rusia dan Ukraina menggelar perundingan damai pada 2022 dan 2025'),
  place('ankara', 'Ankara', 'Ankara', [], 'Capital of Turkey', 'Ibu kota Turki'),
  place('geneva', 'Geneva', 'Jenewa', ['Genève'], 'Swiss city, home of many UN agencies and the Red Cross', 'Kota di Swiss, markas banyak badan PBB dan Palang Merah'),
  place('burgenstock', 'Bürgenstock', 'Bürgenstock', ['Burgenstock'], 'Swiss resort above Lake Lucerne that hosted the Summit on Peace in Ukraine in June 2024', 'Resor di Swiss di atas Danau Luzern, tuan rumah KTT Perdamaian Ukraina pada Juni 2024'),
  place('the_hague', 'The Hague', 'Den Haag', ['Hague'], 'Dutch city, seat of the International Criminal Court and host of the 2025 NATO summit', 'Kota di Belanda, markas Mahkamah Pidana Internasional dan tuan rumah KTT NATO 2025'),
  place('vilnius', 'Vilnius', 'Vilnius', [], 'Capital of Lithuania, host of the 2023 NATO summit', 'Ibu kota Lituania, tuan rumah KTT NATO 2023'),
  place('madrid', 'Madrid', 'Madrid', [], 'Capital of Spain, host of the 2022 NATO summit', 'Ibu kota Spanyol, tuan rumah KTT NATO 2022'),
  place('munich', 'Munich', 'München', ['Muenchen'], 'German city that hosts the yearly Munich Security Conference', 'Kota di Jerman, tuan rumah Konferensi Keamanan München setiap tahun'),
  place('ramstein', 'Ramstein', 'Ramstein', ['Ramstein Air Base'], 'US air base in Germany that gave its name to the Ukraine Defense Contact Group', 'Pangkalan udara AS di Jerman yang namanya dipakai untuk Kelompok Kontak Pertahanan Ukraina'),
  place('riyadh', 'Riyadh', 'Riyadh', [], 'Capital of Saudi Arabia, venue of US–Russia talks in 2025', 'Ibu kota Arab Saudi, tempat perundingan AS–Rusia pada 2025'),
  place('jeddah', 'Jeddah', 'Jeddah', ['Jidda'], 'Saudi port city, venue of US–Ukraine talks in March 2025', 'Kota pelabuhan Arab Saudi, tempat perundingan AS–Ukraina pada Maret 2025'),
  place('anchorage', 'Anchorage', 'Anchorage', [], 'Alaskan city where Trump and Putin met in August 2025', 'Kota di Alaska tempat Trump dan Putin bertemu pada Agustus 2025'),
  place('beijing', 'Beijing', 'Beijing', ['Peking'], 'Capital of China', 'Ibu kota Tiongkok'),
  place('tehran', 'Tehran', 'Teheran', [], 'Capital of Iran, which supplies Russia with drones', 'Ibu kota Iran, negara pemasok drone bagi Rusia'),
  place('pyongyang', 'Pyongyang', 'Pyongyang', [], 'Capital of North Korea', 'Ibu kota Korea Utara'),
  place('chisinau', 'Chișinău', 'Chisinau', ['Kishinev'], 'Capital of Moldova', 'Ibu kota Moldova'),
  place('tbilisi', 'Tbilisi', 'Tbilisi', [], 'Capital of Georgia', 'Ibu kota Georgia'),
  place('abkhazia', 'Abkhazia', 'Abkhazia', ['Abkhaz'], 'Breakaway region of Georgia on the Black Sea, backed by Russia, where Moscow plans a naval base', 'Wilayah Georgia yang memisahkan diri di tepi Laut Hitam, didukung Rusia, tempat Moskow merencanakan pangkalan laut'),
  place('budapest', 'Budapest', 'Budapest', [], 'Capital of Hungary, which gave its name to the 1994 memorandum on Ukraine’s security', 'Ibu kota Hungaria, yang namanya dipakai untuk memorandum 1994 tentang keamanan Ukraina'),
  place('helsinki', 'Helsinki', 'Helsinki', [], 'Capital of Finland', 'Ibu kota Finlandia'),
  place('zeebrugge', 'Zeebrugge', 'Zeebrugge', [], 'Belgian port where Russian LNG was reloaded for Asia until an EU ban from 2025', 'Pelabuhan Belgia tempat LNG Rusia dimuat ulang ke Asia hingga dilarang Uni Eropa mulai 2025'),
  place('canberra', 'Canberra', 'Canberra', [], 'Capital of Australia', 'Ibu kota Australia'),
  place('jakarta', 'Jakarta', 'Jakarta', [], 'Capital of Indonesia, a common dateline in Indonesian news', 'Ibu kota Indonesia, kerap muncul sebagai keterangan tempat dalam berita Indonesia'),
  place('bali', 'Bali', 'Bali', [], 'Indonesian island that hosted the G20 summit in November 2022', 'Pulau di Indonesia, tuan rumah KTT G20 pada November 2022'),
  place('new_york', 'New York', 'New York', ['New York City'], 'US city, seat of the United Nations headquarters', 'Kota di AS, lokasi markas besar PBB'),
  place('vienna', 'Vienna', 'Wina', ['Wien'], 'Capital of Austria, seat of the IAEA and the OSCE', 'Ibu kota Austria, markas IAEA dan OSCE'),
];
