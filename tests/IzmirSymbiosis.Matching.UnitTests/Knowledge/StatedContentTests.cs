using System.Globalization;
using IzmirSymbiosis.Matching.Knowledge;
using IzmirSymbiosis.Matching.Scoring;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public class StatedContentTests
{
    [Theory]
    [InlineData("Billet döküm için temiz boyasız profil hurdası", "boya")]
    [InlineData("Peyniraltı suyu tozu için tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Float cam için düz cam kırığı (kaplamasız; PVB içermeyen)", "kaplama pvb")]
    [InlineData("Kuzu besi yemi: ambalaj kalıntısı içermeyen eski gıda", "ambalaj")]
    [InlineData("Tip A geri dönüştürülmüş agrega (alçı <%1)", "alci donusturulmemis")] // a recycled aggregate rules out one said not to be recycled
    [InlineData("Fırına hazır cam kırığı (seramik-taş-porselen <20 g/ton)", "seramik tas porselen")]
    [InlineData("Biyokütle kazanı yakıtı (kuru; <%15 nem)", "nem")]
    [InlineData("Need: dry untreated wood chips for MDF fibre (bark <1%)", "bark")]
    [InlineData("Need: clean bare extrusion scrap (no oxides or dross)", "oxides dross")]
    [InlineData("Need: chlorine-free solvent for our kiln", "chlorine")]
    [InlineData("Yağ ve boya içermeyen çelik talaşı", "yag boya")]
    [InlineData("Çimento fırını için alternatif yakıt", "")]
    [InlineData("Ücretsiz teslim edilecek hurda demir", "")]
    [InlineData("Boiler feed water (conductivity <50 µS/cm)", "conductivity")]
    [InlineData("Kanatlı yemi için protein kaynağı (ham protein >%40; düşük lif)", "protein")] // the word after the semicolon is no content
    [InlineData("Kireçleme için en az %90 CaCO3 içeren toz", "caco3")]
    [InlineData("Klinker için demir düzeltici (Fe2O3 min. %45)", "fe2o3")]
    [InlineData("Testliner için OCC; nem en fazla %10, küflü balya kabul edilmez", "kuflu nem")] // the bales are taken, mouldy ones are not
    [InlineData("Testliner için OCC; PE kaplı/laminasyonlu karton kabul edilmez", "laminasyonlu pe")] // the PE of “PE kaplı” is what is refused
    [InlineData("Rafya hattı için PP granül; lateks ve doğal lif içermemeli", "lateks lif")]
    [InlineData("SHG çinko külçe (Al en çok %0,01)", "al")]
    [InlineData("Need: PP regrind, fillers not accepted", "fillers")]
    [InlineData("Alüminyum radyatör hurdası; demir istemiyoruz", "demir")]
    [InlineData("BOPP için PP granül (PE karışmamış)", "pe")]
    [InlineData("Porselen bünyesi için kaolen; sır artığı kabul edilmez", "sir")]
    [InlineData("Ark ocağı hurdası: kauçuk, plastik ve yağ içermeyen temiz çelik", "kaucuk plastik yag")] // a comma list ending in ve
    [InlineData("Temiz çelik, yağ içermeyen", "yag")] // no conjunction: the comma ends a clause
    [InlineData("Farin demir düzeltici: kükürt ≤%1 olan demirli malzeme", "kukurt demirsiz")] // asks for iron-bearing material: an iron-free one fails
    [InlineData("Cam ambalaj fırını: harici kırık; seramik-taş-porselen 20 g/t altı", "seramik tas porselen")] // a bound after its amount
    [InlineData("Biyokütle kazanı: nem %15 altında talaş", "nem")] // “olan” continues the clause: the cap is on the word before
    [InlineData("PP enjeksiyon: tek polimer PP, metal ve elektronik içermeyen", "metal elektronik")] // PP ends a phrase, no list item
    [InlineData("PE film for regrind, no labels, no paper", "labels paper")] // the second “no” opens its own exclusion
    [InlineData("Steel shot S230-S330 (no fines, no paint dust)", "fines paint")]
    [InlineData("Wiping rags, free of oil and grease", "oil grease")]
    public void Excluded_ReadsWhatTheNeedRulesOut(string need, string expected)
    {
        var keys = StatedContent.Excluded(need).Select(e => e.Key).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [InlineData("Isı yalıtımlı alüminyum profil hurdası (boyalı)", "Billet döküm için boyasız profil hurdası", "boya")]
    [InlineData("Lamine ve Low-E kaplamalı cam firesi (PVB folyolu)", "Düz cam kırığı (kaplamasız; PVB içermeyen)", "kaplama")]
    [InlineData("Karışık yıkıntı (beton-tuğla; alçı ve ahşap parçalı)", "Geri dönüştürülmüş agrega (alçı <%1)", "alçı")]
    [InlineData("Pine bark (sawmill; fresh)", "Wood chips for MDF fibre (bark <1%)", "bark")]
    [InlineData("Salamura peyniraltı suyu (tuzlu)", "Tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Temiz boyasız 6063 profil hurdası", "Billet döküm için boyasız profil hurdası", null)] // the offer rules it out too
    [InlineData("Çok katlı film rejekti (LDPE/PP/PET; PVC'siz; kuru)", "Çimento fırını: klorsuz katı alternatif yakıt (SRF)", null)] // PVC'siz: the offer is free of it
    [InlineData("Biyodizel tesisi ham gliserin (%78)", "Kozmetik için USP gliserin (%99,7; rafine)", "ham")] // refining stands between them
    [InlineData("Crude glycerol from biodiesel (80 %)", "Refined glycerine for cosmetics", "ham")]
    [InlineData("Lehim banyosu SAC305 artığı (ham)", "Lehim üreticisi: SAC305 hurdası alınır, rafine edip yeniden döküyoruz", null)] // the need refines it itself
    [InlineData("Aircraft de-icing runoff, propylene glycol ~8 %", "Oto soğutma sıvısı dolumu: propilen glikol ≥ %99 alınır", "glikol")] // one content in two languages
    [InlineData("Printed and laminated BOPP/PE trim", "LDPE granül üretimi: baskısız şeffaf film", "baskı")]
    [InlineData("Tuz cürufu işleme oksit ürünü (Al2O3 %65; Cl <%0,5)", "Farine alümina düzeltici, klor en çok %0,5", null)] // the stated bound meets the cap, whatever “tuz” says
    [InlineData("Tufal (Fe toplam 72 %, oil <0.1 %)", "Demir tozu için yağsız tufal", null)] // a bound of its own content is no mention of it
    [InlineData("Tuz cürufu oksit ürünü (Cl <%2)", "Farine alümina düzeltici, klor en çok %0,5", "klor")] // a bound above the cap does not show it is met
    [InlineData("Kuru talaş (nem %8)", "Pelet için kuru biyokütle (nem <%12)", null)] // an amount is stated: the cap may hold
    [InlineData("Yağlı çelik talaşı", "Çelik talaşı (yağsız)", "yağ")]
    [InlineData("Yaprak ve dal budama atığı", "Kompost için yeşil atık (plastik içermeyen)", null)]
    // The same content by another word: chemistry, the other language, a form of it.
    [InlineData("EAF cürufu (serbest CaO; yaşlandırılmamış)", "Beton agregası (serbest kireç içermeyen)", "kireç")]
    [InlineData("Salamura peyniraltı suyu (NaCl)", "Tatlı peyniraltı suyu (tuzsuz)", "tuz")]
    [InlineData("Tuzlu dip taraması silt-kum", "Beton için ince agrega (klorür <%0.01)", "klorür")]
    [InlineData("Klorlu solvent karışımı", "Halojensiz sıvı ek yakıt", "halojen")]
    [InlineData("Wet olive pomace", "Kuru biyokütle yakıt (nem <%15)", "nem")]
    [InlineData("Aluminium skimmings (metallic content ~40%)", "Clean bare extrusion scrap (no oxides or dross)", "dross")]
    [InlineData("Paslanmaz çelik talaşı", "Çelik talaşı (pas içermeyen)", null)] // paslanmaz is stainless, not rust
    [InlineData("Otel kırık bardak ve tabak (cam + porselen karışık)", "Cam fırını: harici kırık; seramik-taş-porselen 20 g/t altı", "porselen")]
    [InlineData("Kuru talaş (nem %8)", "Biyokütle kazanı: nem %15 altında talaş", null)]
    [InlineData("Yaş talaş (nem %45)", "Biyokütle kazanı: nem %15 altında talaş", "nem")]
    [InlineData("Kullanılmış demir oksit peleti (FeS yüklü; S ~%20)", "Farin demir düzeltici: kükürt ≤%1 olan demirli malzeme", "kükürt")]
    [InlineData("Boyahane kondens suyu (temiz; boyarmaddesiz; 40 °C)", "Kasar hattı için renksiz proses suyu", null)] // “-siz”: the dye is absent
    [InlineData("Telli cam kırığı (çelik tel örgülü)", "Float için harici düz cam kırığı, metal içermemeli", "metal")] // EU 1179/2012: metals in cullet
    [InlineData("Kauçuk-metal burç (çelik kovan + vulkanize kauçuk)", "Ark ocağı hurdası: kauçuk, plastik ve yağ içermeyen çelik", "kauçuk")]
    // Amounts on both sides: the amounts decide, a cap or a minimum, in per cent or in a unit.
    [InlineData("Ayçiçeği kabuğu (lifli; ham protein %4)", "Kanatlı yemi için protein kaynağı (ham protein >%40; düşük lif)", "protein")]
    [InlineData("Ayçiçeği küspesi (ham protein %36)", "Yem için protein kaynağı (ham protein en az %32)", null)]
    [InlineData("Kül barajı külü (%35 nem)", "Çimento değirmeni için uçucu kül (nem <%1)", "nem")]
    [InlineData("Kuru talaş (nem %8,5)", "Pelet için kuru biyokütle (nem ≤ %12)", null)]
    [InlineData("Ambalaj atığı RDF (Cl %1,2; 4200 kcal/kg)", "Çimento fırını ek yakıtı (Cl <%0,5)", "Cl")]
    [InlineData("Ambalaj atığı RDF (4200 kcal/kg)", "Çimento fırını ek yakıtı (min. 5000 kcal/kg)", "kcal")]
    [InlineData("Ambalaj atığı RDF (5200 kcal/kg)", "Çimento fırını ek yakıtı (min. 5000 kcal/kg)", null)]
    [InlineData("Mermer tozu (CaCO3 %97)", "Kireçleme için en az %90 CaCO3 içeren toz", null)]
    [InlineData("Kireç taşı elek altı (CaCO3 %70)", "Kireçleme için en az %90 CaCO3 içeren toz", "CaCO3")]
    [InlineData("Kireç taşı elek altı", "Kireçleme için en az %90 CaCO3 içeren toz", null)] // no amount stated: a minimum is not missed
    [InlineData("Zamak yolluk ve çapak (Zn-Al %4)", "SHG çinko külçe (Al en çok %0,01)", "Al")]
    [InlineData("Rain-soaked OCC bales (starting to mould)", "OCC; küflü balya kabul edilmez", "küflü")]
    [InlineData("OCC balyası (kuru, temiz)", "OCC; küflü balya kabul edilmez", null)]
    [InlineData("Galvanizli sac kırpıntısı (DX51D+Z)", "Döküm için kaplamasız sac hurdası (Zn içermeyen)", "Zn")] // a symbol keeps its case
    [InlineData("Siyah PP kap firesi (karbon siyahı)", "Natürel (renksiz) PP regrind", "renk")]
    [InlineData("Amber beer-bottle cullet", "Flint cam fırını için kırık; renkli cam en çok %1", "renkli")]
    [InlineData("Çok katlı film firesi (PA/EVOH/PE)", "Bariyer katmansız mono-PE regrind", "katman")]
    [InlineData("Jüt astarlı, lateksli PP halı kesimi", "PP granül; lateks ve doğal lif içermemeli", "lateks")]
    // An element by its symbol, oxide or word in either language; ppm and mg/kg are mass fractions.
    [InlineData("Recovered carbon black (ash 18%)", "N330 ikamesi karbon siyahı (kül <%1)", "kül")]
    [InlineData("Pirolitik karbon siyahı (kül %0,6)", "N330 ikamesi karbon siyahı (ash <1%)", null)]
    [InlineData("Kristal cam firesi (PbO %24)", "Şişe fırını için kırık cam (Pb <200 ppm)", "Pb")]
    [InlineData("Kristal cam firesi (PbO 150 ppm)", "Şişe fırını için kırık cam (Pb en çok %0,05)", null)]
    [InlineData("Kompost (Cd 3 mg/kg)", "Organik toprak düzenleyici (Cd <1,5 ppm)", "Cd")]
    [InlineData("Kırpıntı çelik hurda (bakır %0,3)", "Sfero döküm için hurda (Cu en çok %0,05)", "Cu")]
    [InlineData("EAF cürufu (buhar testi genleşme %6,5)", "Asfalt agregası; hacim genleşmesi ≤%3,5", "genleşmesi")]
    [InlineData("EAF cürufu (yaşlandırılmış; genleşme %1,8)", "Asfalt agregası; hacim genleşmesi ≤%3,5", null)]
    [InlineData("Çelik talaşı (~%7 emülsiyon)", "Briketleme: nem en çok %2", "nem")] // a cutting-fluid emulsion is water and oil
    [InlineData("Kuru çelik talaşı (emülsiyon %1)", "Briketleme: nem en çok %2", null)]
    // Alloys where unalloyed metal is asked for (EN 12861); goods in cartons where unpacked goods are.
    [InlineData("Berilyum bakırı (CuBe2) talaşı", "Filmaşin için saf bakır hurda (alaşım kabul edilmez)", "alaşım")]
    [InlineData("Soyulmuş bakır tel (parlak)", "Filmaşin için saf bakır hurda (alaşım kabul edilmez)", null)]
    [InlineData("Miadı geçmiş UHT süt (karton kutularda; koli halinde)", "Buzağı için ambalajsız sıvı süt", "ambalaj")]
    // Untreated wood: painted, lacquered, glued boards are treated (EN ISO 17225-1).
    [InlineData("Poliüretan lake boyalı MDF kapak ıskartası", "Mangal kömürü için işlemsiz sert odun", "işlem")]
    [InlineData("Emprenyeli çit direği kırıkları", "Pelet için işlemsiz odun talaşı", "işlem")]
    [InlineData("Kesim artığı meşe takoz (kuru)", "Mangal kömürü için işlemsiz sert odun", null)]
    [InlineData("Yağlı tufal (%4-5 hidrolik yağ)", "Farine demir düzeltici; yağ/hidrokarbon <%1", "yağ")] // an amount before an adjective, a range's high end breaks a cap
    [InlineData("Tufal (yağ %0,2-0,6)", "Farine demir düzeltici; yağ <%1", null)] // the whole range is under the cap
    [InlineData("Tufal (yağ %0,5-1,5)", "Farine demir düzeltici; yağ <%1", "yağ")]
    [InlineData("Ayçiçeği küspesi (ham protein %36-42)", "Yem için ham protein >%38", "protein")] // a range's low end misses a minimum
    [InlineData("İnşaat yıkıntısı (beton/tuğla)", "Yüksek dayanımlı beton için TS EN 12620 doğal agrega", "doğal agrega")] // quarried material asked for
    [InlineData("EAF cürufu 0-5 mm", "Hazır beton için natural sand", "natural sand")]
    [InlineData("Mermer ocağı blok artığı (kırılmış)", "Yol dolgusu için doğal agrega", null)] // a quarry's own waste is natural aggregate
    [InlineData("Elektrik ark ocağı cürufu", "Yol dolgusu için doğal agrega", "doğal agrega")] // an arc furnace (ocak) is no quarry
    [InlineData("Döküm kumu", "Harç için doğal kum yerine geri kazanılmış kum", null)] // "yerine": a substitute is asked for
    [InlineData("Cam kırığı", "Doğal kum ikamesi olarak ince agrega", null)]
    [InlineData("Jüt astarlı PP halı kesimi", "PP granül; doğal lif içermemeli", null)] // "doğal lif" is a content, not a demand for quarried material
    // a need that refuses recycled material takes no by-product, only unused primary material
    [InlineData("PP enjeksiyon ıskartası (temiz, tek renk)", "Boru üretimi için PP granül; rejenere kabul edilmez", "rejenere")]
    [InlineData("Clean HDPE regrind", "HDPE for food-contact film, no regrind", "regrind")]
    [InlineData("Miadı geçmiş orijinal PP granül (açılmamış torbalarda)", "Boru üretimi için PP granül; rejenere kabul edilmez", null)]
    [InlineData("PP enjeksiyon ıskartası", "Boru üretimi için PP granül; rejenere en çok %20", null)] // a cap on recyclate is no refusal
    [InlineData("Şırınga enjeksiyonu PP yolluk ve ıskarta (temiz)", "Tıbbi cihaz enjeksiyonu: yalnız orijinal (virgin) PP", "yalnız orijinal")] // virgin only
    [InlineData("Açılmamış torbada miadı geçmiş PP granül", "Tıbbi cihaz için yalnız orijinal PP", null)] // unopened primary material is virgin
    // a refused adjective of content names the noun it is made from
    [InlineData("Berilyum bakırı (CuBe2) kalıp işleme talaşı", "İkincil bakır ergitme: kablo bakırı talaşı; berilyumlu alaşım kabul edilmez", "berilyumlu")]
    [InlineData("Kurşunsuz pirinç talaşı", "Armatür dökümü için pirinç; kurşunlu alaşım kabul edilmez", null)]
    [InlineData("Yüksek fırın cürufu (kurşun içerir)", "Agrega; kurşunlu malzeme kabul edilmez", "kurşunlu")]
    [InlineData("PET damacana kırığı", "Öğütülmüş PC regrind; PET karışımı kabul edilmez", "PET")]
    // Turkish thousands groups: “1.500” is fifteen hundred, “0.500” and “1,5” are not
    [InlineData("Saf su sistemi RO konsantresi (iletkenlik 400 µS/cm)", "Soğutma kulesi besi suyu (iletkenlik <1.500 µS/cm)", null)]
    [InlineData("Saf su sistemi RO konsantresi (iletkenlik 2.400 µS/cm)", "Soğutma kulesi besi suyu (iletkenlik <1.500 µS/cm)", "iletkenlik")]
    [InlineData("Ambalaj atığı RDF (4.200 kcal/kg)", "Çimento fırını ek yakıtı (min. 5.000 kcal/kg)", "kcal")]
    [InlineData("Ambalaj atığı RDF (5.200 kcal/kg)", "Çimento fırını ek yakıtı (min. 5.000 kcal/kg)", null)]
    [InlineData("Tufal (yağ %0.500)", "Farine demir düzeltici; yağ <%1", null)]
    [InlineData("Elenmiş döküm kumu (1,2-1,8 mm)", "Dolgu için kum (1.000-2.000 µm tane)", null)]
    // heat serves only a colder demand
    [InlineData("Kojenerasyon ceket suyu atık ısısı (85-90 °C sıcak su)", "Proses buharı: 10 bar, 180 °C doymuş buhar", "180 °C")]
    [InlineData("Jeotermal akışkan (75 °C)", "Meyve kurutma için 60-70 °C sıcak hava", null)]
    [InlineData("Baca gazı atık ısısı", "Proses buharı: 180 °C doymuş buhar", null)] // no temperature stated: no doubt
    // a general content rules out its kinds, one way only (PVC is a plastic and 57 % chlorine)
    [InlineData("Kablo hurdası (PVC izoleli, bakır)", "Tel çekme için bakır granül (plastik yok)", "plastik")]
    [InlineData("Karışık plastik (PVC ağırlıklı profil)", "Ek yakıt ATY, klor en fazla %1", "klor")]
    [InlineData("Sert PVC boru kırığı", "Çimento fırını için halojensiz ek yakıt", "halojen")]
    [InlineData("PE film kırpıntısı (plastik ambalaj)", "Film çekimi için PE regrind (PVC içermeyen)", null)] // “plastik” is no PVC
    [InlineData("Epoksi reçineli mermer plaka firesi", "Kalsit dolgu için beyaz mermer (organik kirlilik yok)", "organik")]
    [InlineData("Beyaz mermer kesim firesi", "Kalsit dolgu için beyaz mermer (organik kirlilik yok)", null)]
    [InlineData("Bronz burç talaşı (CuSn12)", "Pirinç çubuk için hurda; Sn en fazla %0,3", "Sn")]
    [InlineData("Bayat ekmek, market iadesi, poşetli", "Eski gıda yem hammaddesi (ambalajsız olmalı)", "ambalaj")]
    // a compound adjective refuses its noun, and a word joined to it by a conjunction is refused too
    [InlineData("HSS matkap ucu hurdası", "Sert metal hurda alımı: karbür uç; HSS ve çelik gövdeli takım kabul edilmez", "HSS")]
    [InlineData("Çelik gövdeli freze hurdası", "Sert metal hurda alımı: karbür uç; çelik gövdeli takım kabul edilmez", "çelik")]
    [InlineData("Çelik freze hurdası", "Sert metal hurda alımı: karbür uç; çelik gövdeli takım kabul edilmez", "çelik")]
    [InlineData("Kırık karbür uçlar", "Sert metal hurda alımı: karbür uç; HSS ve çelik gövdeli takım kabul edilmez", null)]
    [InlineData("Gemi söküm CuNi 90/10 kondenser borusu", "Pirinç döküm için hurda; nikel en çok %0,3", "nikel")] // cupronickel holds 10 % Ni
    [InlineData("Pirinç armatür hurdası (CuZn39Pb3)", "Pirinç döküm için hurda; nikel en çok %0,3", null)]
    [InlineData("Eski polikarbonat damacana (PC; çatlak)", "PET şişe ve damacana kırığı alıyoruz, PC karışmasın", "PC")] // “let no PC get mixed in”
    [InlineData("Portakal ve limon kabuğu (taze)", "Solucan gübresi: meyve-sebze artığı alınır; narenciye kabuğu ve soğan kabul edilmez", "narenciye")] // citrus peel, by its fruits
    [InlineData("Elma posası (taze)", "Solucan gübresi: meyve-sebze artığı alınır; narenciye kabuğu ve soğan kabul edilmez", null)]
    [InlineData("Eski polikarbonat damacana (PC; çatlak)", "PET sise ve damacana kirigi aliyoruz, PC karismasin", "PC")] // typed without Turkish letters
    [InlineData("AISI 304 paslanmaz talaşı (kesme yağlı)", "Sfero döküm ocağı: çelik talaşı briketi; Cr en çok %0,05", "Cr")] // stainless holds ≥ 10.5 % Cr (EN 10088-1)
    [InlineData("Stainless steel offcuts (316L)", "Ductile iron melt: steel scrap, chromium max 0.1 %", "chromium")]
    [InlineData("DKP sac kırpıntısı", "Sfero döküm ocağı: çelik hurda; Cr en çok %0,05", null)]
    [InlineData("PES/pamuk karışım kumaş kırpıntısı", "Dissolving pulp: cotton cuttings, polyester-free", "polyester")] // PES is polyester
    // one content by several words: salinity is salt, paraffin is wax, sulphate is sülfat, indigo is a colour
    [InlineData("Zeytin salamurası (NaCl %8)", "Kompost nemlendirme suyu, tuzluluk en çok %0,5", "tuzluluk")]
    [InlineData("Cheese rinds, paraffin-waxed", "Eritme peyniri için kırpıntı, mum/parafin içermemeli", "parafin")]
    [InlineData("Recycled aggregate (water-soluble sulphate 1.2%)", "Alt temel; suda çözünür sülfat ≤%0,2", "sülfat")]
    [InlineData("Denim yıkama suyu (indigo, pomza)", "Process water, colourless", "colour")]
    [InlineData("Yumuşatılmış kazan suyu", "Process water, colourless", null)]
    // a stated dry matter is a moisture: 25 % dry matter is 75 % water
    [InlineData("Arıtma çamuru filtre pres keki (%25 KM)", "Ek yakıt için kuru çamur granülü (nem max %15)", "nem")]
    [InlineData("Kurutulmuş arıtma çamuru granülü (kuru madde %90)", "Ek yakıt için kuru çamur granülü (nem max %15)", null)]
    [InlineData("Digestate cake (20-25% DS)", "Kuru yakıt (nem <%15)", "nem")]
    [InlineData("Çamur keki (OSB'ye 25 km)", "Kuru yakıt (nem <%15)", null)] // kilometres are no dry matter
    // a cap written as a word: "low chlorine" is at most 1 % (EN 15359 class 3), "low sulphur" at most 1 % (Directive 2016/802)
    [InlineData("Çimento fırını by-pass tozu (klor %12; K2O %15)", "Farine geri besleme: düşük klorlu hammadde", "düşük klorlu")]
    [InlineData("ATY (Cl %0,6)", "Çimento fırını için düşük klorlu ATY", null)]
    [InlineData("Düşük klorlu ATY", "Çimento fırını için düşük klorlu ATY", null)] // the offer says it too
    [InlineData("ATY (kalori 4.000 kcal/kg)", "Çimento fırını için düşük klorlu ATY", null)] // silent on chlorine
    [InlineData("Yüksek klorlu ATY", "Low-chlorine SRF for the kiln", "low-chlorine")]
    [InlineData("PVC ağırlıklı plastik rejekt", "Çimento fırını için düşük klorlu ATY", "düşük klorlu")]
    [InlineData("Petrokok (kükürt %5,5)", "Kazan yakıtı: düşük kükürtlü katı yakıt", "düşük kükürtlü")]
    [InlineData("Off-grade LDPE granül (jel ve fish-eye yüksek)", "Şeffaf film için düşük jelli LDPE", "düşük jelli")] // no figure: only a high content breaks it
    [InlineData("LDPE granül (jel az, nem yüksek)", "Şeffaf film için düşük jelli LDPE", null)]
    [InlineData("LDPE granül (jelli)", "Şeffaf film için düşük jelli LDPE", null)]
    [InlineData("Yüksek kaliteli PP granül", "Düşük kaliteli PP granül de alınır", null)] // quality is no content
    [InlineData("Petrokok (S %0,8)", "Kazan yakıtı: low sulphur fuel", null)]
    // element symbols name their element (S sulphur, P phosphorus, Mn manganese: EN 1561/EN 1563 cast-iron charge limits)
    [InlineData("Gri döküm yolluk ve ıskarta (S %0,10, P %0,12)", "Sfero döküm şarjı: kükürtsüz, düşük fosforlu hurda (S <%0,02; P <%0,05)", "kükürt")]
    [InlineData("Gri döküm yolluk ve ıskarta (P %0,12)", "Sfero döküm şarjı: düşük fosforlu hurda (P <%0,05)", "P")]
    [InlineData("Pik döküm yolluğu (S %0,01, P %0,03)", "Sfero döküm şarjı: düşük fosforlu hurda (S <%0,02; P <%0,05)", null)]
    [InlineData("Hadfield çeliği kırıcı çenesi (Mn %12-14)", "İnşaat demiri için alaşımsız hurda; Mn en çok %1", "Mn")]
    [InlineData("Petrokok (S %5,5)", "Kazan yakıtı: low sulphur fuel", "low sulphur")]
    // an acid's formula names its anion (HNO3 nitrate, HF fluoride); “görmemiş” (has not undergone) refuses
    [InlineData("Paslanmaz asitleme karışık asidi (HNO3/HF)", "FeCl3 üretimi: yalnız HCl bazlı atık asit; florür ve nitrat içermemeli", "nitrat")]
    [InlineData("Galvaniz HCl asitleme banyosu (Fe %8)", "FeCl3 üretimi: yalnız HCl bazlı atık asit; florür ve nitrat içermemeli", null)]
    [InlineData("Salamuradan ayıklanmış sofralık zeytin", "Yağhane: taze zeytin (salamura görmemiş)", "salamura")]
    // “kabul yok” refuses like “kabul edilmez”; goods in tubs, jars or unopened are packed goods
    [InlineData("Ayna kesim kırığı (gümüş ve boya kaplı arka yüz)", "Float hattı: düz cam kırığı; kaplamalı cam kabul yok", "kaplamalı")]
    [InlineData("Expired cream cheese in PP tubs (unopened)", "Biyogaz: yalnız ambalajsız organik atık", "ambalaj")]
    [InlineData("Süt tozu fabrikası kazınmış krema artığı", "Biyogaz: yalnız ambalajsız organik atık", null)]
    // a limit after a parenthesised list caps every item of it (EN 13650/Kompost Tebliği: foreign matter such as glass and plastic)
    [InlineData("Kompost elek üstü (plastik ve cam %3)", "Toprak düzenleyici: yabancı madde (cam, plastik) en çok %0,5", "cam")]
    [InlineData("Olgun kompost (plastik %0,2)", "Toprak düzenleyici: yabancı madde (cam, plastik) en çok %0,5", null)]
    // a cap on a sum caps each of its terms (a red clay's 7 % Fe2O3 alone breaks “Fe2O3+TiO2 <%1,5”)
    [InlineData("Kırmızı kil (Fe2O3 %7)", "Porselen karo: beyaz pişen kil (Fe2O3+TiO2 <%1,5)", "Fe2O3")]
    [InlineData("Beyaz kil (Fe2O3 %0,8)", "Porselen karo: beyaz pişen kil (Fe2O3 + TiO2 <%1,5)", null)]
    // a state the need asks for rules out its negation, and the other way round, unless the need only allows it
    [InlineData("Kesimhane tavuk tüyü (yaş; yıkanmamış)", "Yastık dolgusu: yıkanmış, sterilize kuş tüyü", "yıkanmamış")]
    [InlineData("Pres kalıbı hurdası (sınıfı ayrılmamış)", "Takım çeliği: yalnız sınıf ayrılmış hurda", "ayrılmamış")]
    [InlineData("İşlenmiş deri kırpıntısı", "Jelatin için işlenmemiş ham deri", "işlenmiş")]
    [InlineData("Yıkanmış PET pul", "PET pul; yıkanmamış da kabul", null)]
    [InlineData("Kuru tüy (yıkanmış)", "Yastık dolgusu: yıkanmış kuş tüyü", null)]
    [InlineData("Tavuk tuyu (yikanmamis, yas)", "Yastik dolgusu: yikanmis kus tuyu", "yikanmamis")] // typed without Turkish letters
    [InlineData("Tavuk tüyü (yıkanmamış)", "Yastik dolgusu: yikanmis kus tuyu", "yikanmamis")]
    // a property asked for with -lı rules out an offer that says it lacks it with -sız, unless the need refuses things or only allows it
    [InlineData("İthalat paleti (ISPM 15 damgasız)", "İhracat paleti: ISPM 15 damgalı, ısıl işlemli", "damgasız")]
    [InlineData("Kuru incir kırığı (analizsiz)", "İncir ezmesi: aflatoksin analizli kuru incir", "analizsiz")]
    [InlineData("İthalat paleti (ISPM 15 damgalı)", "İhracat paleti: ISPM 15 damgalı", null)]
    [InlineData("Alüminyum profil hurdası (boyasız)", "Döküm: boyalı profil kabul edilmez", null)]
    [InlineData("İthalat paleti (damgasız)", "Palet: damgalı da olur", null)]
    // a treatment asked for with an auxiliary (“ısıl işlem görmüş”) rules out an offer that lacks it (“ısıl işlemsiz”, “görmemiş”);
    // “X olmamış” and “X edilmemiş” rule X out; “X yok” in an offer is its -sız word
    [InlineData("Ham yumurta kabuğu (ıslak; ısıl işlemsiz)", "Tavuk yemi: kalsiyum grit, ısıl işlem görmüş olmalı", "işlemsiz")]
    [InlineData("Ham yumurta kabuğu (ısıl işlem görmemiş)", "Tavuk yemi: kalsiyum grit, ısıl işlem görmüş olmalı", "işlemsiz")]
    [InlineData("Yumurta kabuğu (ısıl işlem görmüş; 130 °C)", "Tavuk yemi: kalsiyum grit, ısıl işlem görmüş olmalı", null)]
    [InlineData("Ham yumurta kabuğu (ısıl işlemsiz)", "Tavuk yemi: kalsiyum grit, ısıl işlem görmüş de olur", null)]
    [InlineData("EPDM kompound artığı (yer yer scorch olmuş)", "Profil: vulkanize olmamış EPDM kompound; scorch olmamış olmalı", "scorch")]
    [InlineData("Vulkanize edilmemiş EPDM kompound artığı", "Profil: vulkanize olmamış EPDM kompound", null)]
    [InlineData("Kiraz sapı (taze; kalıntı analizi yok)", "Bitki çayı: kurutulmuş kiraz sapı, pestisit kalıntı analizli", "analizsiz")]
    [InlineData("Kiraz sapı (kalıntı analizi var)", "Bitki çayı: kiraz sapı, pestisit kalıntı analizli", null)]
    // the same in English: a treatment or check the need asks for rules out “not X-ed”, “un-X-ed”, “no X”
    [InlineData("Raw eggshell, wet, not heat treated", "Layer feed: calcium grit, must be heat-treated", "untreated")]
    [InlineData("Cherry stalks, no residue analysis", "Herbal tea: cherry stalks, pesticide residue analysed", "unanalysed")]
    [InlineData("Used pallets, not ISPM-15 stamped", "Export pallets, ISPM 15 stamped only", "unstamped")]
    [InlineData("Unwashed PET bottles", "Washed PET flakes for fibre", "unwashed")]
    [InlineData("Unwashed PET bottles", "PET flakes, washed or unwashed", null)] // the need names the lack itself
    [InlineData("Untreated wood offcuts", "Chipboard line: treated or painted wood, no PVC", null)] // a need that refuses things
    [InlineData("Heat-treated eggshell powder", "Layer feed: calcium grit, must be heat-treated", null)]
    // a content named in the other language: kağıt is paper, elektrolit electrolyte; a halogen-free need rules out fluoropolymers
    [InlineData("Aluminium capacitor scrap (cans with paper and electrolyte inside)", "İkincil alüminyum: temiz hurda, kağıt olmayacak", "kağıt")]
    [InlineData("Conta imalatı PTFE talaşı (saf)", "ATY tesisi: kalorili, halojensiz plastik atık", "halojen")]
    [InlineData("Conta imalatı EPDM talaşı (saf)", "ATY tesisi: kalorili, halojensiz plastik atık", null)]
    // a word with digits is a specification, no item of the list a refusal closes
    [InlineData("İkinci el PE100 boru (PN10; çatlaksız)", "Sulama hattı: ikinci el PE boru alınır, PN10, çatlak ve ezik olmasın", null)]
    [InlineData("İkinci el PE boru (PN10; uçları çatlak)", "Sulama hattı: ikinci el PE boru alınır, PN10, çatlak ve ezik olmasın", "çatlak")]
    // the amount beside a filler word (“yabancı madde ~%8”) is its content's; a dry matter is no such amount
    [InlineData("Dökme tahıl süpürüntüsü (taş, yabancı madde ~%8)", "Karma yem: buğday kırığı, yabancı madde en çok %2", "yabancı")]
    [InlineData("Dökme tahıl süpürüntüsü (yabancı madde %1)", "Karma yem: buğday kırığı, yabancı madde en çok %2", null)]
    // “olmayacak”, “olmasın” refuse like “olmamalı”
    [InlineData("Tabakhane çamuru (kromlu)", "Tuğla: organik çamur; krom ve ağır metal olmayacak", "krom")]
    [InlineData("Kumaş kırpıntısı (kartona yapıştırılmış; kağıtlı)", "Rejenere iplik: saf kumaş; kağıt ve tutkal olmasın", "kağıt")]
    // English thousands (“2,500”) against Turkish ones (“1.000”); a decimal tail keeps its comma (“1,125”, “%1,250”)
    [InlineData("Fishmeal batch, histamine 2,500 mg/kg", "Alabalık yemi: balık unu, histamin en çok 1.000 mg/kg", "histamin")]
    [InlineData("Fishmeal batch, histamine 500 mg/kg", "Alabalık yemi: balık unu, histamin en çok 1.000 mg/kg", null)]
    [InlineData("Kromlu arıtma çamuru (Cr %1,8 KM)", "Ek yakıt: kurutulmuş çamur; Cr toplam en çok 500 mg/kg", "Cr")] // the measure's name after the element is no content
    [InlineData("Fly ash (Cl 0.05%)", "Cement additive, Cl content < 0.1%", null)]
    [InlineData("Arıtma çıkış suyu (dezenfeksiyonsuz; fekal koliform ~10^4/100 mL)", "Sera sulaması; fekal koliform tespit edilmemeli", "koliform")] // a test's verb is no content
    [InlineData("UV dezenfeksiyonlu arıtma çıkış suyu", "Sera sulaması; fekal koliform tespit edilmemeli", null)]
    [InlineData("Pressboard offcuts, not oil-impregnated, dry", "Kraft kırpıntı alınır (yağsız)", null)] // “not” before the content
    [InlineData("Pressboard offcuts, oil-impregnated", "Kraft kırpıntı alınır (yağsız)", "yağ")]
    [InlineData("Kalsit (nem %1,125)", "Dolgu kalsiti: nem en çok %1,2", null)]
    [InlineData("Kalsit (nem %1,250)", "Dolgu kalsiti: nem en çok %2", null)]
    [InlineData("Kalsit (nem %2,5)", "Dolgu kalsiti: nem en çok %2", "nem")]
    [InlineData("Glass-wool duct board offcuts with aluminium foil facing", "Cam yünü kırpıntısı; folyo yüzeyli kabul edilmez", "yüzeyli")] // EN 13162 facings
    [InlineData("Aluminium-foil faced PIR board offcuts", "PIR köpük kırığı; folyolu olmayacak", "folyolu")]
    [InlineData("Kraft-faced glass wool batts", "Yüzeysiz cam yünü kırpıntısı", "yüzey")]
    [InlineData("Spent green sand (bentonite and coal dust)", "TS EN 12620 ince agrega; kömür tozu ve organik madde olmayacak", "kömür")] // the content, not its form
    [InlineData("Yeşil kum (kömür tozu %6)", "İnce agrega: kömür tozu olmamalı", "kömür")]
    // a chlorinated solvent is chlorine (perchloroethylene is 85 % Cl)
    [InlineData("Dry-cleaning still residue (perchloroethylene ~35 %, oily sludge)", "Halojensiz solvent rejenerasyonu: aseton, ksilen ve tiner alınır; Cl en çok %0,1", "halojen")]
    [InlineData("Kuru temizleme damıtma artığı (perkloretilen)", "Solvent rejenerasyonu: klorsuz tiner", "klor")]
    [InlineData("Boya hattı kirli tiner (ksilen, aseton)", "Halojensiz solvent rejenerasyonu: aseton, ksilen ve tiner alınır; Cl en çok %0,1", null)]
    // what must have been taken out (“kumaş ve ahşap ayrılmış olmalı”) is ruled out
    [InlineData("Döşemeci söküm koltuk (PU sünger + kumaş + ahşap iskelet)", "Pres sünger: temiz PU sünger kırpıntısı; kumaş ve ahşap ayrılmış olmalı", "ahşap")]
    [InlineData("Döşeme atölyesi PU sünger kırpıntısı (temiz)", "Pres sünger: temiz PU sünger kırpıntısı; kumaş ve ahşap ayrılmış olmalı", null)]
    // a product named by what it does or holds (“çökelti yapan ürün”), a content named with “içerik”
    [InlineData("Spesifikasyon dışı NPK süspansiyon gübre (çökelti yapmış)", "Fertigasyon: tam çözünür gübre; çökelti yapan ürün kabul edilmez", "çökelti")]
    [InlineData("Kraft kağıt hava yastığı (PE iç torba)", "OCC balyacısı: oluklu karton ve kraft, plastik içerik en çok %2", "plastik")]
    [InlineData("Kraft kağıt torba (temiz; baskısız)", "OCC balyacısı: oluklu karton ve kraft, plastik içerik en çok %2", null)]
    // a need for whole goods rules out an offer that says it is broken or damaged, unless it counts the damaged ones
    [InlineData("Ekranı kırık LED TV (panel çatlak; görüntü yok)", "İkinci el TV: yalnız çalışan, ekranı sağlam cihaz alınır", "kırık")]
    [InlineData("Damaged 200 L steel drums (heavily dented)", "Turşu işletmesi: gıdaya uygun, sağlam ikinci el varil", "dented")] // “200 L” beside “damaged” reads as a count
    [InlineData("Dolu hasarlı PV modül (cam çatlak)", "Çatı GES'i: ikinci el panel, camı sağlam olmalı", "çatlak")]
    [InlineData("Galvanizli tel örgü konteyner (gitterbox; 40 adet; 5'i ezik)", "İkinci el gitterbox alınır (sağlam olanlar)", null)]
    [InlineData("Kırık LED TV paneli", "TV geri dönüşüm: cam ve plastik ayırma", null)] // a recycler asks nothing whole
    [InlineData("Sökülmüş sera camı (kırıksız)", "Sera kuruyoruz: ikinci el sağlam sera camı", null)]
    // a polymer designation with its suffix is one content: a need without PE-X takes PE-RT and PE, not PE-X
    [InlineData("PE-RT yerden ısıtma borusu firesi", "Damla sulama borusu: LLDPE/PE rejenere, çapraz bağlı PE-X olmasın", null)]
    [InlineData("LDPE film kırpıntısı", "Damla sulama borusu: LLDPE/PE rejenere, çapraz bağlı PE-X olmasın", null)]
    [InlineData("PE-X boru kırpıntısı (çapraz bağlı)", "Damla sulama borusu: LLDPE/PE rejenere, çapraz bağlı PE-X olmasın", "PE-X")]
    public void Conflict_WhenTheOfferNamesWhatTheNeedRulesOut(string offer, string need, string? shown)
    {
        var conflict = ConflictOf(need, offer);

        Assert.Equal(shown, conflict?.Shown);
    }

    [Theory]
    [InlineData("Ayçiçeği kabuğu (ham protein %4)", "Yem için protein kaynağı (ham protein >%40)",
        "ihtiyaç “protein” için en az %40 istiyor, teklif %4 belirtiyor", "the need asks for at least 40% “protein”, the offer states 4%")]
    [InlineData("RDF (Cl %1,2)", "Ek yakıt (Cl <%0,5)",
        "ihtiyaç “Cl” için en çok %0,5 kabul ediyor, teklif %1,2 belirtiyor", "the need accepts at most 0.5% “Cl”, the offer states 1.2%")]
    [InlineData("RDF (4200 kcal/kg)", "Ek yakıt (min. 5000 kcal/kg)",
        "ihtiyaç “kcal” için en az 5.000 istiyor, teklif 4.200 belirtiyor", "the need asks for at least 5,000 “kcal”, the offer states 4,200")]
    [InlineData("İnşaat yıkıntısı", "Beton için TS EN 12620 Doğal Agrega",
        "ihtiyaç ocaktan çıkmış malzeme istiyor (“doğal agrega”), teklif bir yan ürün", "the need asks for quarried material (“doğal agrega”), the offer is a by-product")]
    [InlineData("Kompresör soğutma suyu (55 °C)", "Boyahane için 120 °C kızgın su",
        "ihtiyaç en az 120 °C istiyor, teklifin ısısı en çok 55 °C", "the need asks for at least 120 °C, the offer's heat reaches at most 55 °C")]
    [InlineData("Kondens tankı flaş buharı (0,5 bar)", "Ütü ve pres için 6-8 bar doymuş buhar", // steam by its pressure: its saturation temperature
        "ihtiyaç en az 163 °C istiyor, teklifin ısısı en çok 111 °C", "the need asks for at least 163 °C, the offer's heat reaches at most 111 °C")]
    [InlineData("PP kovası ıskartası", "PP granül; rejenere kabul edilmez",
        "ihtiyaç geri kazanılmış malzeme kabul etmiyor (“rejenere”), teklif bir atık ya da yan ürün", "the need accepts no recycled material (“rejenere”), the offer is a waste or by-product")]
    [InlineData("Döküm kumu (0,1-0,6 mm; elenmiş)", "Drenaj için yıkanmış çakıl 8-16 mm",
        "ihtiyaç 8–16 mm tane boyu istiyor, teklifin tane boyu 0,1–0,6 mm", "the need asks for grains of 8–16 mm, the offer's are 0.1–0.6 mm")]
    [InlineData("Mermer filtre pres keki (d50 15 µm)", "Cam harmanı için kireçtaşı (0,1-1 mm tane)",
        "ihtiyaç 0,1–1 mm tane boyu istiyor, teklifin tane boyu 15 µm", "the need asks for grains of 0.1–1 mm, the offer's are 15 µm")]
    [InlineData("Kırma taş 4/22 mm", "Dolgu için filler (< 0,063 mm)",
        "ihtiyaç < 63 µm tane boyu istiyor, teklifin tane boyu 4–22 mm", "the need asks for grains of < 63 µm, the offer's are 4–22 mm")]
    [InlineData("Mermer kırığı ve mıcır (5-30 mm)", "Tuğla harmanı için kalsit katkısı, tane en çok 0,5 mm", // a cap in words
        "ihtiyaç < 0,5 mm tane boyu istiyor, teklifin tane boyu 5–30 mm", "the need asks for grains of < 0.5 mm, the offer's are 5–30 mm")]
    [InlineData("Boyalı profil", "Boyasız profil", // a word at the start of the need is shown in lower case
        "ihtiyaç “boya” içermeyen malzeme istiyor, teklifin açıklaması bunu anıyor", "the need asks for material without “boya”, the offer's description names it")]
    [InlineData("PVC profil kırpıntısı", "Ek yakıt; plastik içermeyen", // the offer names the content by another word: that word is shown
        "ihtiyaç “plastik” içermeyen malzeme istiyor, teklifin açıklaması bunu anıyor (“pvc”)", "the need asks for material without “plastik”, the offer's description names it (“pvc”)")]
    [InlineData("Ham yumurta kabuğu (ısıl işlemsiz)", "Tavuk yemi: ısıl işlem görmüş kalsiyum grit", // a state, not a content
        "ihtiyaç “işlemsiz” olmayan malzeme istiyor, teklif kendini böyle tanımlıyor", "the need rules out material that is “işlemsiz”, and the offer describes itself so")]
    [InlineData("Tavuk tüyü (yıkanmamış)", "Yastık dolgusu: yıkanmış kuş tüyü",
        "ihtiyaç “yıkanmamış” olmayan malzeme istiyor, teklif kendini böyle tanımlıyor", "the need rules out material that is “yıkanmamış”, and the offer describes itself so")]
    [InlineData("By-pass tozu (klor %12)", "Düşük klorlu farin katkısı",
        "ihtiyaç “düşük klorlu” malzeme istiyor (en çok %1 sayılır), teklif %12 belirtiyor", "the need asks for “düşük klorlu” material (taken as at most 1%), the offer states 12%")]
    [InlineData("PVC profil kırpıntısı", "Ek yakıt (low chlorine)",
        "ihtiyaç “low chlorine” malzeme istiyor, teklifin açıklaması yüksek içerik anıyor (“pvc”)", "the need asks for “low chlorine” material, the offer's description names a high content (“pvc”)")]
    [InlineData("LDPE (jel yüksek)", "Film için düşük jelli LDPE",
        "ihtiyaç “düşük jelli” malzeme istiyor, teklifin açıklaması yüksek içerik anıyor (“jel”)", "the need asks for “düşük jelli” material, the offer's description names a high content (“jel”)")]
    [InlineData("Melt-blown PP pelet (MFI ~400 g/10 dk)", "Rafya hattı: PP homopolimer, MFI 2-4 g/10 dk",
        "ihtiyaç 2–4 g/10 dk eriyik akış hızı (MFI) istiyor, teklifinki 400 g/10 dk", "the need asks for a melt flow rate (MFI) of 2–4 g/10 min, the offer's is 400 g/10 min")]
    [InlineData("Enjeksiyon PP ıskartası (MFI 25)", "Boru hattı için HDPE, MFR < 1",
        "ihtiyaç ≤ 1 g/10 dk eriyik akış hızı (MFI) istiyor, teklifinki 25 g/10 dk", "the need asks for a melt flow rate (MFI) of ≤ 1 g/10 min, the offer's is 25 g/10 min")]
    [InlineData("Linyit kazanı taban külü (yanmamış karbon ~%15; kuru)", "Beton briket için hafif agrega, kızdırma kaybı en çok %5",
        "ihtiyaç “kızdırma kaybı” için en çok %5 kabul ediyor, teklif %15 belirtiyor", "the need accepts at most 5% “kızdırma kaybı”, the offer states 15%")]
    [InlineData("Andezit plaka kesim firesi (3 cm kalınlık; 10-30 cm parçalar)", "Arnavut kaldırımı için andezit küp taş, en az 8 cm kalınlık",
        "ihtiyaç en az 8 cm kalınlık istiyor, teklifin belirttiği kalınlık en çok 3 cm", "the need asks for a thickness of at least 8 cm, the offer's stated thickness is at most 3 cm")]
    [InlineData("Steel sheet offcuts, 2 mm thick", "Flanş için sac, kalınlığı en az 5 mm",
        "ihtiyaç en az 5 mm kalınlık istiyor, teklifin belirttiği kalınlık en çok 2 mm", "the need asks for a thickness of at least 5 mm, the offer's stated thickness is at most 2 mm")]
    [InlineData("Polieter poliol (OH sayısı 48 mg KOH/g)", "Esnek blok sünger: polieter poliol OH sayısı 56±2 mg KOH/g",
        "ihtiyaç “OH” için 54–58 aralığını istiyor, teklif 48 belirtiyor", "the need asks for “OH” within 54–58, the offer states 48")]
    [InlineData("Çökeltme havuzu suyu (pH 12,3)", "Sera damla sulama suyu (pH 6-7,5)",
        "ihtiyaç “pH” için 6–7,5 aralığını istiyor, teklif 12,3 belirtiyor", "the need asks for “pH” within 6–7.5, the offer states 12.3")]
    [InlineData("Plastifiyanlı PVC granül, kablo kılıfı kalitesi (Shore A 85-88)", "Ayakkabı tabanı: yumuşak PVC kompound, sertlik Shore A 55-65",
        "ihtiyaç “Shore A” için 55–65 aralığını istiyor, teklif 85–88 belirtiyor", "the need asks for “Shore A” within 55–65, the offer states 85–88")]
    [InlineData("Off-spec MDI (NCO %29-29,5)", "MDI alınır: NCO %31±0,5",
        "ihtiyaç “NCO” için %30,5–31,5 aralığını istiyor, teklif %29–29,5 belirtiyor", "the need asks for “NCO” within 30.5–31.5%, the offer states 29–29.5%")]
    [InlineData("LDPE film firesi, MFI 0,3", "Enjeksiyon için PE, melt flow index ≥ 20",
        "ihtiyaç ≥ 20 g/10 dk eriyik akış hızı (MFI) istiyor, teklifinki 0,3 g/10 dk", "the need asks for a melt flow rate (MFI) of ≥ 20 g/10 min, the offer's is 0.3 g/10 min")]
    [InlineData("Kromlu deri kesim kırpıntısı (10-30 cm parçalar)", "Deri kemer atölyesi: tek parça en az 110 cm boy deri şerit",
        "ihtiyaç en az 110 cm tek parça istiyor, teklifin belirttiği boyutlar en çok 30 cm", "the need asks for single pieces of at least 110 cm, the offer's stated dimensions reach at most 30 cm")]
    [InlineData("Sac kesim artığı (5-15 cm şeritler)", "Flanş için ikinci el kalın sac (en az 20x20 cm)",
        "ihtiyaç en az 20 cm tek parça istiyor, teklifin belirttiği boyutlar en çok 15 cm", "the need asks for single pieces of at least 20 cm, the offer's stated dimensions reach at most 15 cm")]
    [InlineData("Ekranı kırık LED TV", "İkinci el TV: yalnız çalışan, ekranı sağlam cihaz",
        "ihtiyaç “kırık” olmayan malzeme istiyor, teklif kendini böyle tanımlıyor", "the need rules out material that is “kırık”, and the offer describes itself so")]
    public void ContentLine_SaysWhichAmountBreaksTheNeedsSpecification(string offer, string need, string tr, string en)
    {
        var conflict = ConflictOf(need, offer);

        Assert.NotNull(conflict);
        Assert.Equal((tr, en), MatchExplainer.ContentLine(conflict));
    }

    [Theory]
    [InlineData("Kent ağacı çınar gövdesi (Ø60-90 cm; 2-3 m)", "Masif tabla: en az 50 cm çaplı gövde")] // one dimension is long enough
    [InlineData("Deri kesim kırpıntısı", "Deri kemer: tek parça en az 110 cm boy")] // the offer states no dimension
    [InlineData("Sac kırpıntısı (kalınlık 2 mm)", "Flanş için sac (en az 20x20 cm)")] // millimetres are a thickness, no piece
    [InlineData("Yaprak yay lamaları (0,5-1,5 m)", "Dövmehane: en az 1 m lama")]
    [InlineData("Hurda sac (15 m3/gün)", "Flanş için sac (en az 20 cm)")] // a volume is no length
    public void Conflict_PiecesLongEnoughOrNotStated_None(string offer, string need) =>
        Assert.Null(ConflictOf(need, offer));

    [Fact]
    public void Conflict_AnimalOriginIngredient_ForANeedWithoutOne()
    {
        const string need = "Besi sığırı yemi: hayvansal kaynaklı bileşen içermeyen bitkisel eski gıda alınır";

        Assert.Equal("hayvansal", ConflictOf(need, "Jelibon firesi (domuz jelatinli; ambalajsız)")?.Key);
        Assert.Null(ConflictOf(need, "Bisküvi ve kraker kırığı (ambalajsız; bitkisel yağlı)"));
    }

    [Fact]
    public void Conflict_YellowedOrBrittlePlastic_ForANeedWithoutUvDegradation()
    {
        const string need = "Optik berrak PC levha ekstrüzyonu: UV bozunmamış, berrak PC kırığı alınır";

        Assert.NotNull(ConflictOf(need, "Söküm sera polikarbonat levha (10 yıllık; UV'den sararmış, kırılgan)"));
        Assert.NotNull(ConflictOf(need, "Old PC roofing sheets, yellowed and brittle"));
        Assert.Null(ConflictOf(need, "PC levha kesim firesi (yeni üretim; şeffaf; korumalı film)"));
    }

    [Fact]
    public void Conflict_PolyamideBarrierOfAThermalBreakProfile_BreaksAPlasticCap()
    {
        const string need = "Ekstrüzyon billet dökümü: temiz 6063 profil hurdası, plastik ve poliamid ≤ %0,5";

        Assert.NotNull(ConflictOf(need, "Isı yalıtımlı profil kesim firesi (6063 + bariyer PA66-GF25 ~%7)"));
        Assert.Null(ConflictOf(need, "6063 profil kesim firesi (boyasız; yağsız)"));
    }

    [Fact]
    public void Conflict_AMetalPartTheOfferSaysWasTakenOff_None()
    {
        const string need = "HDPE enjeksiyon rejenere: kalın cidarlı HDPE kırığı alınır, metalsiz";

        Assert.Null(ConflictOf(need, "Kırık çöp konteynerleri (HDPE 770 L; tekerlek ve metal aks sökülmüş)"));
        Assert.NotNull(ConflictOf(need, "Kırık çöp konteynerleri (HDPE 770 L; metal akslı)"));
    }

    [Fact]
    public void Conflict_LowGradeOffer_ForAHighGradeNeed()
    {
        const string need = "Değerli metal rafinerisi: yalnız yüksek dereceli kart (anakart; Au >150 g/t)";

        Assert.Equal("dusukdereceli", ConflictOf(need, "Low-grade PCBs from washing machines (relays on)")?.Key);
        Assert.NotNull(ConflictOf(need, "Düşük dereceli beyaz eşya kartları"));
        Assert.Null(ConflictOf(need, "Sunucu anakartları (yüksek dereceli)"));
    }

    [Fact]
    public void Excluded_ANeedThatSaysWhatSpoilsIt_AsksForNoOppositeOfItsAdjectives()
    {
        // “gri grafitli EPS beyaz bloğu lekeliyor” refuses graphite EPS: it asks for no graphite, so graphite-free EPS passes.
        const string need = "Beyaz EPS levha kalıplıyoruz: beyaz EPS kırpıntısı geri katılır; gri grafitli EPS beyaz bloğu lekeliyor";

        Assert.Null(ConflictOf(need, "Beyaz EPS kırpıntısı, grafitsiz"));
    }

    [Theory]
    [InlineData("Beyaz EPS levha kalıplıyoruz: beyaz EPS kırpıntısı geri katılır; gri grafitli EPS beyaz bloğu lekeliyor", "Grafit katkılı gri EPS levha firesi", true)]
    [InlineData("Beyaz EPS levha kalıplıyoruz: beyaz EPS kırpıntısı geri katılır; gri grafitli EPS beyaz bloğu lekeliyor", "Beyaz EPS ambalaj kırığı (temiz)", false)] // the object and the words taken elsewhere are no spoilers
    [InlineData("XPS levha ekstrüzyonu: polistiren kırığı alınır; SAN ve ABS karışımı hücre yapısını bozar", "Şeffaf SAN blender haznesi ıskartası", true)]
    [InlineData("XPS levha ekstrüzyonu: polistiren kırığı alınır; SAN ve ABS karışımı hücre yapısını bozar", "GPPS yoğurt kabı kırığı", false)]
    [InlineData("Kauçuk granül tesisi: vulkanize kauçuk alınır; yapışkan çiğ hamur değirmeni tıkar", "Miadı geçmiş çiğ kauçuk hamuru", true)]
    [InlineData("White EPS moulding: white EPS offcuts wanted; graphite EPS stains the white blocks", "Graphite EPS offcuts", true)] // an English object follows its verb
    [InlineData("White EPS moulding: white EPS offcuts wanted; graphite EPS stains the white blocks", "White EPS packaging, clean", false)]
    public void Conflict_WhatTheNeedSaysSpoilsItsProduct_IsRefused(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("Topraksız yetiştirme için yeni genleştirilmiş perlit (steril)", "Şaraphane perlit filtre keki (tortulu; %50 nem)", true)] // a filter aid's cake is used
    [InlineData("Topraksız yetiştirme için yeni genleştirilmiş perlit (steril)", "Genleştirme hattı elek altı perlit (kullanılmamış)", false)]
    [InlineData("Powerbank üretiyoruz: yeni, UN 38.3 belgeli 18650 hücre alınır", "Dizüstü bataryasından sökülmüş 18650 hücreler", true)] // salvaged cells
    [InlineData("Need: new activated carbon for the potable-water filter", "Spent granular activated carbon from a sugar refinery", true)]
    [InlineData("Yeni biyogaz tesisi: devreye alma için aşı çamuru lazım", "Kullanılmış anaerobik reaktör çamuru (aktif)", false)] // the plant is new
    [InlineData("Kullanılmış MgO-C tuğla geri dönüşümü (öğütülüp yeni tuğlaya katılır)", "Kullanılmış MgO-C tuğla kırığı", false)] // the product is new
    [InlineData("Belediye sosyal market: yeni veya az kullanılmış mobilya alınır", "Kullanılmış sağlam koltuk", false)]
    [InlineData("Kum hazırlama: yeni bentonite kısmi ikame olarak toz geri besleme", "Kullanılmış bentonitli torba filtre tozu", false)] // a substitute
    public void Conflict_ANeedForNewMaterial_RefusesAnOfferThatHasBeenUsed(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("Glikoliz PET geri dönüşümü: %100 polyester tekstil alınır, selülozik lif en çok %2", "Polyester-viskon (%65/35) gabardin kırpıntısı", true)] // ISO 2076
    [InlineData("Glikoliz PET geri dönüşümü: %100 polyester tekstil alınır, selülozik lif en çok %2", "Polyester-pamuk karışık kumaş", true)]
    [InlineData("Glikoliz PET geri dönüşümü: %100 polyester tekstil alınır, selülozik lif en çok %2", "%100 polyester kumaş kırpıntısı", false)]
    [InlineData("Açma iplik: pamuklu kırpıntı alınır, sentetik lif en çok %5", "Pamuk-elastan denim kırpıntısı", true)]
    public void Conflict_ACapOnAFibreClass_RefusesItsFibres(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("Süt tozu (Salmonella tespit edildi)", true)]
    [InlineData("Süt tozu (Salmonella analizi negatif)", false)]
    public void Conflict_AMicrobiologicalCriterionPerSampleMass_RefusesTheOrganism(string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf("Buzağı süt ikame yemi: süt tozu alınır, Salmonella 25 g'da bulunmamalı", offer) is not null); // EC 2073/2005 Annex I

    [Theory]
    [InlineData("Kazan yakıtı: ahşap alınır, boyalı ahşap olmasın", "Boyalı ahşap kapı söküntüsü", true)]
    [InlineData("Kazan yakıtı: ahşap alınır, boyalı ahşap olmasın", "İşlem görmemiş çam kereste kırpıntısı (ahşap)", false)] // the adjective is absent, not the wood
    [InlineData("Solvent geri kazanım: atık solvent alınır, halojenli solvent yok", "Halojenli solvent (perkloretilen) atığı", true)]
    [InlineData("Solvent geri kazanım: atık solvent alınır, halojenli solvent yok", "Tank yıkama solventi (etil asetat/etanol)", false)]
    [InlineData("Cu-ETP filmaşin: parlak bakır tel alınır; fosforlu bakır iletkenliği düşürür, kabul edilmez", "Cu-DHP (fosforlu) bakır boru firesi", true)] // what lowers conductivity spoils
    [InlineData("Şeffaf ambalaj filmi: off-grade LDPE granül alınır, sarılık yok", "LDPE reaktör topakları (sararmış, oksitlenmiş)", true)] // yellowness
    public void Conflict_AnAdjectiveSaidAbsent_RefusesThatGradeOnly(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Fact]
    public void Conflict_AStatedCapOutweighsALowWordForTheSameContent()
    {
        const string need = "Selüloz yalıtım: gazete ve düşük küllü ofis kağıdı alınır (kül en çok %10)";

        Assert.NotNull(ConflictOf(need, "Kuşe dergi kırpıntısı (kaolin dolgulu; kül %30)"));
        Assert.Null(ConflictOf(need, "Gazete kağıdı (kül %6)"));
    }

    [Theory]
    [InlineData("Üzüm ezmesi: okratoksin A en çok 8 µg/kg", "Kuru üzüm kırığı (okratoksin A 14 µg/kg analizli)", true)] // EU 2023/915 Annex I
    [InlineData("Üzüm ezmesi: okratoksin A en çok 8 µg/kg", "Kuru üzüm kırığı (okratoksin A 3 µg/kg analizli)", false)]
    [InlineData("Besi yemi: kırık mısır, aflatoksin B1 ≤ 20 µg/kg", "Kırık mısır (aflatoksin B1 30 µg/kg)", true)]
    [InlineData("Besi yemi: kırık mısır, aflatoksin B1 ≤ 20 µg/kg", "Kırık mısır (aflatoksin B1 3 µg/kg analizli)", false)]
    public void Conflict_AToxinLimit_ReadsTheToxinWithItsLetter(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("Bitki çayı: mandalina kabuğu alınır, ilaçlanmamış (imazalil, tiabendazol kalıntısız) meyveden", "Mandalina kabuğu (imazalil ve mum uygulanmış)", true)] // EC 396/2005
    [InlineData("Bitki çayı: mandalina kabuğu alınır, ilaçlanmamış (imazalil, tiabendazol kalıntısız) meyveden", "Organik mandalina kabuğu (kurutulmuş)", false)]
    [InlineData("Porselen karo: feldspat ikamesi ince mineral (Fe2O3 <%1,5; çelik kalıntısız)", "Granit kesim çamuru (feldspat-kuvars; çelik bilyesiz; Fe2O3 %1,1)", false)] // without steel shot: no steel named
    [InlineData("Porselen karo: feldspat ikamesi ince mineral (Fe2O3 <%1,5; çelik kalıntısız)", "Granit kesim çamuru (çelik bilye kalıntılı)", true)]
    public void Conflict_ResiduesTheNeedRulesOut(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("D2 beyaz tutkal (PVAc) arıyoruz, viskozite 8.000-15.000 mPa·s", "PVAc tutkal partisi (D2; 25.000 mPa·s, hedef 12.000)", true)] // ISO 2555
    [InlineData("D2 beyaz tutkal (PVAc) arıyoruz, viskozite 8.000-15.000 mPa·s", "PVAc tutkal (11.000 mPa·s)", false)]
    [InlineData("Flexo ink wanted, viscosity 800-1200 cP", "Off-spec flexo ink (400 cP)", true)]
    [InlineData("D2 beyaz tutkal (PVAc) arıyoruz, viskozite 8.000-15.000 mPa·s", "PVAc tutkal fazlası (açılmamış)", false)] // no stated viscosity
    public void Conflict_AViscosityWindow_RefusesAnOfferOutsideIt(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Theory]
    [InlineData("Gemi söküm kablosu (kalaylı bakır iletken, EPR/CSP izoleli)", false)] // any insulation but paper
    [InlineData("Kurşun kılıflı, yağ emdirilmiş kağıt izoleli güç kablosu", true)]
    public void Conflict_ACompoundAdjectiveRefused_RefusesItsNounOnly(string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf("Kablo granülasyon: bakır iletkenli her tür kablo alınır; yağ emdirilmiş kağıt izoleli kablo hariç", offer) is not null);

    [Theory]
    [InlineData("Tekstil arıtma çamuru (susuzlaştırılmış; %22 KM)", true)] // EN 12880 dry matter
    [InlineData("Kurutulmuş arıtma çamuru granülü (%90 KM)", false)]
    public void Conflict_AMinimumDryMatter_ReadsKmAsDryMatter(string offer, bool refused)
    {
        var conflict = ConflictOf("Çimento fabrikası: kurutulmuş arıtma çamuru ek yakıt, kuru madde ≥ %80", offer);

        Assert.Equal(refused, conflict is not null);
        Assert.True(conflict is null || conflict.Shown == "kuru madde");
    }

    [Fact]
    public void Conflict_PaperIsOrganicMatter()
    {
        const string need = "Çimento öğütme: priz düzenleyici alçıtaşı, SO3 ≥ %38, organik madde ≤ %1";

        Assert.NotNull(ConflictOf(need, "Alçı levha ıskartası (kartonlu levha kırığı; kağıt ~%8)"));
        Assert.Null(ConflictOf(need, "Alçıpan geri dönüşüm: kağıdı ayrılmış alçı tozu (SO3 %44)"));
    }

    [Theory]
    [InlineData("Off-grade golden raisins, sulphured (SO2 ~1 800 mg/kg)")] // E 220 in either language
    [InlineData("Sarı kuru üzüm, kükürtlü (SO2 ~1.500 mg/kg)")]
    public void Conflict_SulphuredFruitForAnUnsulphuredNeed(string offer)
    {
        const string need = "Organik üzüm sirkesi: yalnız kükürtlenmemiş kuru üzüm alınır";

        Assert.NotNull(ConflictOf(need, offer));
        Assert.Null(ConflictOf(need, "Güneşte kurutulmuş çekirdeksiz kuru üzüm (kükürtsüz)"));
    }

    [Theory]
    [InlineData("Sıvı digestat (NH4-N ~4 000 mg/L; askıda katı ~15 000 mg/L)", "Damla sulama: sıvı organik gübre, askıda katı ≤ 50 mg/L", 15000)] // SI thousands grouped by a space
    [InlineData("Sıvı digestat (askıda katı ~15\u202f000 mg/L)", "Damla sulama: sıvı organik gübre, askıda katı ≤ 50 mg/L", 15000)] // a narrow no-break space
    [InlineData("Yıkama suyu (askıda katı 1.200 mg/L)", "Damla sulama: askıda katı ≤ 50 mg/L", 1200)]
    public void Conflict_ThousandsGroupedBySpacesOrDots_AreOneNumber(string offer, string need, double stated)
    {
        var conflict = ConflictOf(need, offer);

        Assert.NotNull(conflict);
        Assert.Equal(stated, conflict.OfferAmount);
    }

    [Theory]
    [InlineData("Sert şeker döküm firesi (ambalajsız; ~2 t/ay), Torbalı", "Etanol fermantasyonu: şeker kaynağı, ambalajsız olmalı")] // Torbalı is a district, no bag
    [InlineData("Süzme peynir suyu, Çiğli'deki tesisten", "Biyogaz: pastörize, çiğ olmayan süt ürünü")] // Çiğli is a district, nothing raw
    [InlineData("Lor peyniri suyu, Pancar OSB", "Yem: pancar içermeyen peynir suyu")] // Pancar OSB is a zone, no beet
    public void Conflict_PlaceNamesAreNoContent_None(string offer, string need) =>
        Assert.Null(ConflictOf(need, offer));

    [Theory]
    [InlineData("Kırma kum 0-4 mm", "Beton için ince agrega 0/4 mm")] // the same sizes
    [InlineData("Kırma taş 2-8 mm", "Drenaj çakılı 4-16 mm")] // ranges that overlap
    [InlineData("Döküm kumu (d50 0,3 mm)", "Harç kumu 0-2 mm")]
    [InlineData("Döküm kumu", "Drenaj çakılı 8-16 mm")] // the offer states no size
    [InlineData("3 mm sac kırpıntısı", "Drenaj çakılı 8-16 mm")] // a single size is no grading
    [InlineData("Sac kırpıntısı (kalınlık 0,5-3 mm)", "Drenaj çakılı 8-16 mm")] // a thickness is no grain size
    [InlineData("Pamuk tüyü (lif boyu 5-10 mm)", "Keçe için açılmış pamuk (lif boyu 15-40 mm)")] // a fibre length neither
    [InlineData("LDPE shrink film trim (MFI 0.8)", "Tarım filmi için LDPE regrind, MFI 0,3-1,5")] // inside the window
    [InlineData("PP enjeksiyon yolluğu (MFI 6)", "PP rafya, MFI 2-4")] // within twice the window: a recipe can take it
    [InlineData("PP enjeksiyon yolluğu", "PP rafya, MFI 2-4")] // the offer states no melt flow
    [InlineData("Granit plaka firesi (kalınlık 10-12 cm)", "Bordür taşı için kalınlığı en az 8 cm granit")] // thick enough
    [InlineData("Mermer kırığı (10-30 cm)", "Kesme taş, en az 8 cm kalınlık")] // the offer states no thickness
    [InlineData("Mermer plaka (2 cm kalınlık; 60x60 cm)", "Bahçe döşemesi: en az 30 cm parça")] // a thickness is no piece size: the pieces are long enough
    [InlineData("Polieter poliol (OH sayısı 55 mg KOH/g)", "Polieter poliol OH sayısı 56±2 mg KOH/g")] // inside the window
    [InlineData("Arıtılmış su (pH 7-8)", "Sulama suyu (pH 6-7,5)")] // ranges that overlap
    [InlineData("Arıtılmış su", "Sulama suyu (pH 6-7,5)")] // the offer states no pH
    [InlineData("Asit banyosu (pH 1)", "Boyahane atıksuyu (pH 10-12): pH düşürmek için asit")] // the need's own water, not a demand
    [InlineData("MDI (NCO 31)", "MDI alınır: NCO %31±0,5")] // a plain number is no percentage
    [InlineData("TPE taban yolluğu (Shore A 60)", "Ayakkabı tabanı: sertlik Shore A 55-65")] // inside the window
    [InlineData("Sert PVC profil kırığı (Shore D 80)", "Ayakkabı tabanı: sertlik Shore A 55-65")] // another scale: not compared
    public void Conflict_SizesAndWindowsThatMeetOrAreNotStated_None(string offer, string need) =>
        Assert.Null(ConflictOf(need, offer));

    [Fact]
    public void Check_AnOfferWithWhatTheNeedRulesOut_CutsTheMaterialValueAndSaysWhy()
    {
        var checker = new PairChecker(TestData.Knowledge, new MatchingOptions());
        PairVerdict Check(string offer) => checker.Check(new PairQuery("170402", offer, "41.20", null, "Billet döküm için boyasız alüminyum profil hurdası", "24.42", 30));

        var clean = Check("Alüminyum profil hurdası (boyasız)");
        var painted = Check("Alüminyum profil hurdası (boyalı)");

        Assert.Equal(clean.Material["factor"] * UseRestrictions.ContentFactor, painted.Material["factor"], 6);
        Assert.True(painted.Score < clean.Score, $"{painted.Score} < {clean.Score}");
        Assert.Equal("boya", painted.ContentDoubt?.Shown);
        Assert.Null(clean.ContentDoubt);
    }

    [Fact]
    public void Check_AnAmountThatBreaksTheNeedsLimit_CutsTheMaterialValueAndSaysByHowMuch()
    {
        var checker = new PairChecker(TestData.Knowledge, new MatchingOptions());
        PairVerdict Check(string offer) => checker.Check(new PairQuery("020304", offer, "10.32", null, "Biyokütle kazanı yakıtı (nem en çok %20)", "35.30", 30));

        var dry = Check("Kurutulmuş meyve posası (nem %12)");
        var wet = Check("Meyve posası (nem %62)");

        Assert.Null(dry.ContentDoubt);
        Assert.Equal(dry.Material["factor"] * UseRestrictions.ContentFactor, wet.Material["factor"], 6);
        Assert.Equal("değer %80 düşürüldü", UseRestrictions.ContentCutTr);
        Assert.Equal("value cut by 80%", UseRestrictions.ContentCutEn);
    }

    [Theory]
    [InlineData("Bitümlü shingle söküntüsü (asbest analizi negatif)", "Asfalt plenti: RAS, asbestsiz belgeli")] // EN ISO 22262-1
    [InlineData("RAP stoku (katran testi negatif)", "Sıcak karışım: katransız RAP")]
    [InlineData("Roofing shingles, asbestos test negative", "Asbestsiz shingle")]
    public void Conflict_AContentATestFoundAbsent_None(string offer, string need) =>
        Assert.Null(ConflictOf(need, offer));

    [Theory]
    [InlineData("Lab solvent waste: non-halogenated (acetone, ethanol, hexane)", "Halojensiz solvent karışımları alınır")]
    [InlineData("Non-chlorinated degreasing solvent", "Klorsuz solvent")]
    public void Conflict_AnEnglishNonWord_SaysTheContentIsAbsent(string offer, string need) =>
        Assert.Null(ConflictOf(need, offer));

    [Theory]
    [InlineData("ABS/HIPS kırığı (bromlu FR ayıklanmış)")]
    [InlineData("ABS/HIPS kırığı (bromlu parçalar ayrılmış)")]
    [InlineData("ABS/HIPS kırığı (bromlu ve metal ayıklanmış)")] // the first of two joined before the participle
    public void Conflict_AContentTheOfferSaysWasTakenOut_None(string offer) =>
        Assert.Null(StatedContent.Conflict(StatedContent.Excluded("ABS/HIPS granül: bromsuz plastik"), StatedContent.OfferWords(offer)));

    [Theory]
    [InlineData("yıkanmış", "yıkanmamış")]
    [InlineData("temizlenmemiş", "temizlenmiş")]
    [InlineData("kırılmış", "kırılmamış")]
    [InlineData("kurutulmuş", "kurutulmamış")]
    [InlineData("çözülmüş", "çözülmemiş")]
    [InlineData("pişirilmemiş", "pişirilmiş")]
    [InlineData("miş", null)]
    [InlineData("temiz", null)]
    // typed without Turkish letters: a negative's opposite is certain once folded, a positive's only after a or e
    [InlineData("yikanmamis", "yikanmis")]
    [InlineData("kurutulmamis", "kurutulmus")]
    [InlineData("yikanmis", "yikanmamis")]
    [InlineData("temizlenmis", "temizlenmemis")]
    [InlineData("kirilmis", null)] // kırılmış or kirilmiş: the harmony is not known
    [InlineData("dermis", null)]
    public void OppositeParticiple_ByVowelHarmony(string word, string? opposite) => Assert.Equal(opposite, StatedContent.OppositeParticiple(word));

    [Theory]
    [InlineData("damgalı", "damgasız")]
    [InlineData("analizli", "analizsiz")]
    [InlineData("sertifikalı", "sertifikasız")]
    [InlineData("çamurlu", "çamursuz")]
    [InlineData("etiketli", "etiketsiz")]
    [InlineData("kanatlı", null)] // poultry, a noun
    [InlineData("gerekli", null)] // no suffix of having
    [InlineData("olmalı", null)] // a verb of necessity (-malı)
    [InlineData("yağlı", null)] // a stem under four letters
    public void OppositeAdjective_ByVowelHarmony(string word, string? opposite) => Assert.Equal(opposite, StatedContent.OppositeAdjective(word));

    [Theory]
    [InlineData("işlem", "işlemsiz")]
    [InlineData("analizi", "analizsiz")] // the possessive goes first
    [InlineData("belgesi", "belgesiz")]
    [InlineData("kokusu", "kokusuz")]
    [InlineData("etiket", "etiketsiz")]
    [InlineData("ütü", null)] // a stem under four letters
    public void WithoutWord_ByVowelHarmony(string word, string? without) => Assert.Equal(without, StatedContent.WithoutWord(word));

    [Theory]
    [InlineData("Salça fabrikası kondensi (yalnız Temmuz-Eylül kampanyası)", "Temmuz–Eylül")]
    [InlineData("Sera: kış ısıtması için (Kasım-Mart) ılık su", "Kasım–Mart")] // over the new year
    [InlineData("Kasım'dan Mart'a ısı alınır", "Kasım–Mart")] // ablative range
    [InlineData("Mayıs ayından Eylül ayına", "Mayıs–Eylül")]
    [InlineData("Haziran ve Ağustos aylarında", "Haziran, Ağustos")] // a list, not a range
    [InlineData("Grass clippings, May–September", "Mayıs–Eylül")]
    [InlineData("from Dec to Feb", "Aralık–Şubat")]
    [InlineData("MART-NİSAN budama", "Mart–Nisan")] // upper case, Turkish İ
    [InlineData("yaz aylarında fazla su", "Mayıs–Eylül")] // a season counts broadly
    [InlineData("ısıtma sezonunda sıcak su", "Kasım–Mart")]
    [InlineData("ceket suyu ısısı (yazın kullanılmıyor)", "Ekim–Nisan")] // the months it is said not to run in are left out
    [InlineData("Temmuz-Ağustos hariç her hafta", "Eylül–Haziran")]
    [InlineData("Taş ocağı kırığı, Mart 2025 üretimi", null)] // one month name is a date, not a window
    [InlineData("Ocak ve fırın söküntüsü", null)] // ocak: a hearth
    [InlineData("Ekim-dikim artığı", null)] // ekim: sowing
    [InlineData("Martensitik paslanmaz çelik", null)]
    [InlineData("Mart Nisan", null)] // names side by side, no joining word
    [InlineData("WWTP final-clarifier effluent (18-22 °C in winter; ~3 m3/s)", null)] // a temperature in a season, no window
    [InlineData("Çıkış suyu kışın 15 °C, yazın 25 °C", null)]
    [InlineData("kışın da çalışır", null)] // “too”: no window
    [InlineData("yıl boyu; yoğun dönem Haziran-Ağustos", null)] // all year
    public void Months_ReadsTheWindowADescriptionStates(string description, string? expected) =>
        Assert.Equal(expected, StatedContent.Months(description) is { } mask ? StatedContent.MonthsText(mask, CultureInfo.GetCultureInfo("tr-TR")) : null);

    [Theory]
    [InlineData("Salça evaporatör kondensi (60 °C; yalnız Temmuz-Eylül kampanyası)", "Domates serası: kış ısıtması için (Kasım-Mart) ılık su arıyoruz", true)]
    [InlineData("Biyogaz motoru ceket suyu (90/70 °C; yazın kullanılmıyor)", "Sera: kış aylarında ısıtma için sıcak su", false)] // free when the need wants it
    [InlineData("Ekim-Aralık arası çıkan zeytin karasuyu", "Kasım-Mart arası ko-substrat alınır", false)] // the windows share November and December
    [InlineData("Salça kondensi (Temmuz-Eylül)", "Sera ısıtması için ılık su", false)] // the need states no months
    [InlineData("Salça kondensi (60 °C)", "Kış ısıtması için (Kasım-Mart) ılık su", false)] // the offer states none
    public void Conflict_TheMonthsAnOfferRunsIn_MustMeetThoseTheNeedTakesItIn(string offer, string need, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    [Fact]
    public void ContentLine_NamesBothWindowsInTheReadersLanguage()
    {
        var conflict = ConflictOf("Sera: kış ısıtması (Kasım-Mart)", "Kondens (yalnız Ağustos'ta)");

        Assert.NotNull(conflict);
        Assert.Equal(
            ("ihtiyaç malzemeyi Kasım–Mart aylarında alıyor, teklif Ağustos ayında çıkıyor", "the need takes the material in November–March, the offer arises in August"),
            MatchExplainer.ContentLine(conflict));
    }

    [Theory]
    [InlineData("Siyah PP/EPDM kompound: boyasız tampon kırığı kullanırız", "Tampon yolluğu ve boyanmamış ıskarta (PP/EPDM)", false)] // not painted names no paint
    [InlineData("Siyah PP/EPDM kompound: boyasız tampon kırığı kullanırız", "Boyalı tampon kırığı (PP/EPDM)", true)]
    [InlineData("PC kompound: natürel PC yolluk kırığı alınır; PC/ABS ve cam elyaflı karışmamalı", "PC yolluk kırığı (beyaz)", false)] // the blend, not PC
    [InlineData("PC kompound: natürel PC yolluk kırığı alınır; PC/ABS ve cam elyaflı karışmamalı", "PC/ABS kasa kırığı", true)]
    [InlineData("Natürel HDPE şişe şişiriyoruz; siyah ve koyu renk kırık kullanamıyoruz", "Kablo kılıfı siyah HDPE hurdası", true)] // a colour refused with its thing
    [InlineData("Natürel HDPE şişe şişiriyoruz; siyah ve koyu renk kırık kullanamıyoruz", "Natürel HDPE kapak kırığı", false)]
    [InlineData("Organik marul: olgun kompost alınır, taze gübre istemiyoruz", "Olgunlaştırılmış ahır gübresi kompostu (6 ay)", false)] // fresh is refused, not manure
    [InlineData("Organik marul: olgun kompost alınır, taze gübre istemiyoruz", "Taze sığır gübresi", true)]
    [InlineData("Kedi maması: balık unu etoksikin kullanılmadan stabilize edilmiş olmalı", "Balık unu (etoksikin ile stabilize)", true)] // without using
    [InlineData("Biyogaz tesisi: meyve-sebze kökenli ko-substrat alınır, ambalajsız", "Torbalı salça fabrikası ayıklama bandı elek üstü domates", false)] // Torbalı: a district
    [InlineData("Biyogaz tesisi: meyve-sebze kökenli ko-substrat alınır, ambalajsız", "Son kullanma tarihi geçmiş torbalı kuru meyve", true)] // torbalı: in bags
    [InlineData("Sera: kış ısıtması için (Kasım-Mart) CO2 arıyoruz, Kasım-Mart kapalı sera döneminde", "Şaraphane CO2 (yalnız Eylül-Ekim)", true)] // kapalı: a closed greenhouse
    public void Conflict_NegatedVerbsParticiplesAndBlends(string need, string offer, bool refused) =>
        Assert.Equal(refused, ConflictOf(need, offer) is not null);

    /// <summary>The first content the need rules out that the offer names, or null.</summary>
    private static ExcludedContent? ConflictOf(string need, string offer) =>
        StatedContent.Conflict(StatedContent.Excluded(need), StatedContent.OfferWords(offer));
}
