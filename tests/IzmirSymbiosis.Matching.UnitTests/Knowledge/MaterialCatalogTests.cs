using IzmirSymbiosis.Matching.Knowledge.Materials;
using IzmirSymbiosis.Matching.Knowledge.Tables;

namespace IzmirSymbiosis.Matching.UnitTests.Knowledge;

public class MaterialCatalogTests
{
    private static MaterialCatalog Catalog => MaterialCatalog.Default;

    private static string? Key(string? code, string? description, string? nace = null) =>
        Catalog.Resolve(code, description, nace) is var id and > 0 ? Catalog.Get(id).Key : null;

    [Theory]
    // metals
    [InlineData("120101", "", null, "metal.ferrous")]
    [InlineData(null, "çelik hurda", null, "metal.ferrous")]
    [InlineData(null, "alüminyum talaşı", null, "metal.nonferrous.aluminium")]
    [InlineData(null, "aluminium turnings", null, "metal.nonferrous.aluminium")]
    [InlineData(null, "bakır kablo hurdası", null, "metal.nonferrous.copper")]
    [InlineData(null, "pirinç talaşı", "25.99", "metal.nonferrous.copper.brass")]
    [InlineData("170404", "", null, "metal.nonferrous.zinc")]
    // codes whose EWC title names the material, with a description that does not
    [InlineData("110503", "Torba filtre tozu", null, "metal.nonferrous.zinc")]
    [InlineData("100503", "Baca gazı tozu", null, "metal.nonferrous.zinc")]
    [InlineData("100404", "Baca gazı tozu", null, "metal.nonferrous.lead")]
    [InlineData("100907", "Döküm yapılmış maça ve kalıplar", null, "mineral.sand.foundry")]
    [InlineData("100318", "Anot üretim artığı", null, "carbon")]
    [InlineData("160106", "Sıvıları alınmış hurda otomobil", null, "metal.ferrous")]
    [InlineData("200302", "Pazar yeri atığı", null, "biomass.food")]
    [InlineData("010309", "Alüminyum oksit üretiminden kırmızı çamur", null, "ironoxide")]
    [InlineData("080199", "Boyahane RTO çıkış gazı (~280 °C; temiz)", null, "energy.heat")] // a hot off-gas is heat, not the process it leaves
    [InlineData("040299", "Ram makinesi baca gazı (150-170 °C; yağ buharlı)", null, "energy.heat")]
    [InlineData("101399", "Çimento fırını baca gazı CO2 (%20; 180 °C), sera için", null, "chemical.co2")] // its CO2 offered
    [InlineData("161002", "Boyahane baca gazı yıkama suyu (45 °C)", null, "water.hot")] // water still
    [InlineData("190899", "Arıtma çıkış suyu (fekal koliform 10^4/100 mL)", null, "water")] // no Turkish suffix starts with f: “koliform” is no “koli”
    [InlineData(null, "Seramik yapıştırıcısı ve ince sıva üretiyoruz: kuru kalsit dolgu alınır", "23.64", "mineral.limestone")] // the products made are no material taken
    [InlineData(null, "Bauxite residue (red mud), filter-pressed", null, "ironoxide")]
    [InlineData("100814", "", null, "carbon")]
    [InlineData("180208", "Veteriner ilaçları", null, "chemical.pharma")]
    [InlineData("180106", "Patoloji laboratuvarı atık formalin (%4 formaldehit)", null, "chemical.formaldehyde")]
    [InlineData(null, "İkinci kalite şeffaf preform (boyun PCO 1881)", null, "polymer.pet")] // a preform is the PET blank of a bottle
    [InlineData(null, "Kireç fabrikası döner fırın baca filtresi tozu (LKD; CaO %40)", null, "mineral.ckd")] // lime kiln dust
    [InlineData(null, "Buzağı süt ikame yemi: Salmonella 25 g'da bulunmamalı", null, "biomass")] // Salmonella is no salmon
    [InlineData(null, "Kazan yakıtı: kendi ve dış kaynaklı tutkallı levha atığı", null, "fuel")] // the glued board, not its glue
    // polymers
    [InlineData(null, "temiz PE kırığı", null, "polymer.pe")]
    [InlineData(null, "PE regrind", null, "polymer.pe")]
    [InlineData("150102", "PET şişe", null, "polymer.pet")]
    [InlineData(null, "PVC profil kırığı", null, "polymer.pvc")]
    [InlineData(null, "HDPE bidon", null, "polymer.pe.hdpe")]
    [InlineData(null, "APET termoform tabak iskeleti", null, "polymer.pet")]
    [InlineData(null, "8011 foil-mill trim and coil ends", null, "metal.nonferrous.aluminium.wrought")] // EN 573-3 8xxx
    [InlineData(null, "FeMn ve FeSiMn elek altı", null, "metal.ferrous")] // ferroalloys of steelmaking
    [InlineData(null, "Titanyum dioksit/çelik asitleme yan ürünü demir(II) sülfat heptahidrat", "20.12", "chemical.ironsalt")] // what it is the by-product of is its origin
    [InlineData("030307", "Atık kağıt hamurlaştırma rejekti (plastik ağırlıklı)", "17.12", "polymer")] // the paper was pulped; the reject is what stays
    [InlineData(null, "Transformer-board (pressboard) cutting waste, pure unbleached sulphate pulp", null, "paper.kraft")] // IEC 60641; “pure” is no PUR
    [InlineData(null, "Opened stone-pine cones, seeds removed", null, "wood.clean")] // EN ISO 17225-1
    [InlineData(null, "Expired sweet-almond and argan oil", null, "oil.vegetable")]
    [InlineData("040102", "Kıl kurtarmalı kireçlikten sığır kılı (yıkanmış)", "15.11", "biomass.abp")] // 1069/2009 Art. 10: hair is Category 3
    [InlineData(null, "Alkali pil kırma tesisi Zn-Mn siyah kütlesi", null, "battery.primary")] // black mass of any chemistry
    [InlineData(null, "NMC siyah kütle", null, "battery.liion")]
    [InlineData(null, "Li-ion batarya paketi", null, "battery.liion")]
    [InlineData(null, "Çinko fosfatlama hattı fosfat çamuru (Zn-Fe-Mn fosfat)", null, "sludge")] // the coating line is the origin
    [InlineData(null, "Nikel kaplama tesisi durulama suyu", null, "water")]
    [InlineData(null, "Hava ayrıştırma tesisi fazla azot gazı (N2 %99,9; 6 bar)", null, "chemical.nitrogen")] // EIGA Doc 147
    [InlineData("020399", "Meyve suyu tesisi spesifikasyon dışı vişne konsantresi (65 briks)", "10.32", "biomass.food")] // the juice plant is the origin
    [InlineData(null, "Süresi geçmiş sıvı peynir mayası (mikrobiyal rennet)", null, "chemical.organic")] // an enzyme, no yeast
    [InlineData(null, "PP çuval", null, "polymer.pp")]
    [InlineData(null, "EPS köpük", null, "polymer.ps")]
    [InlineData(null, "PE ve PP karışık", null, "polymer.mixed")]
    [InlineData("150102", "", null, "polymer")]
    // paper and board
    [InlineData("150101", "", null, "paper")]
    [InlineData(null, "oluklu karton kutular", null, "paper.occ")]
    [InlineData(null, "ofis kağıdı", null, "paper.office")]
    [InlineData(null, "mixed paper", null, "paper.mixed")]
    // glass, wood, textiles
    [InlineData(null, "cam kırığı", null, "glass")]
    [InlineData(null, "cam şişe", null, "glass.container")]
    [InlineData("030105", "talaş", null, "wood.clean")]
    [InlineData(null, "talaş", "16.10", "wood.clean")]
    [InlineData(null, "talaş", "25.62", "metal")]
    [InlineData("120101", "talaş", null, "metal.ferrous")]
    [InlineData(null, "emprenyeli ahşap", null, "wood.treated")]
    [InlineData(null, "pamuklu kumaş kırpıntısı", null, "textile.cotton")]
    [InlineData(null, "polyester fabric offcuts", null, "textile.synthetic")]
    [InlineData(null, "Kullanılmış iğneli keçe", null, "textile")] // felt is a nonwoven textile (EN ISO 9092)
    [InlineData(null, "used needle felt", null, "textile")]
    // mineral additions (EN 197-1) and other minerals
    [InlineData("100102", "", null, "mineral.ash.fly")]
    [InlineData(null, "uçucu kül", null, "mineral.ash.fly")]
    [InlineData(null, "siliceous fly ash", null, "mineral.ash.fly.siliceous")]
    [InlineData(null, "kalkerli uçucu kül", null, "mineral.ash.fly.calcareous")]
    [InlineData(null, "granulated blast furnace slag", null, "mineral.slag.gbfs")]
    [InlineData("100202", "çelikhane cürufu", null, "mineral.slag.steel")]
    [InlineData(null, "limestone filler", null, "mineral.limestone")]
    [InlineData(null, "silica fume", null, "mineral.silicafume")]
    [InlineData(null, "burnt shale", null, "mineral.burntshale")]
    [InlineData(null, "doğal puzolan", null, "mineral.pozzolana")]
    [InlineData(null, "FGD alçısı", null, "mineral.gypsum")]
    [InlineData("100908", "", null, "mineral.sand.foundry")]
    [InlineData(null, "mermer tozu", null, "mineral.limestone.marble")]
    [InlineData(null, "granit taş tozu", null, "mineral.stone")]
    [InlineData(null, "alternatif hammadde", null, "mineral")]
    [InlineData("100210", "", null, "ironoxide.millscale")]
    [InlineData(null, "hadde tufalı", null, "ironoxide.millscale")]
    // fuels
    [InlineData(null, "ATY", null, "fuel.rdf")]
    [InlineData(null, "TDF", null, "fuel.tdf")]
    [InlineData(null, "lastik türevli yakıt", null, "fuel.tdf")]
    [InlineData("160103", "", null, "rubber.tyre")]
    [InlineData("070299", "EPDM conta ekstrüzyon firesi (vulkanize)", "22.19", "rubber")]
    [InlineData(null, "HIPS/ABS regrind from refrigerator liners", null, "polymer.styrenics")] // a HIPS/ABS blend (EN 50625-3-1)
    [InlineData("160214", "Ömrünü tamamlamış güneş panelleri", null, "weee")]
    [InlineData(null, "Need: fresh fish offal for wet pet food", null, "biomass.abp.fish")]
    [InlineData(null, "PET bottle flakes", null, "polymer.pet")]
    [InlineData("070213", "Off-grade PP homopolymer pellets", null, "polymer.pp")] // pellets of a plastics code are plastic
    [InlineData(null, "wood pellets", null, "wood.clean")] // EN ISO 17225-2: wood pellets are untreated wood only
    [InlineData(null, "PLA bardak firesi", null, "polymer.pla")]
    [InlineData(null, "atık motor yağı", null, "oil.mineral")]
    [InlineData("070213", "Koltuk PU köpük kesim artığı", null, "polymer.pu")]
    [InlineData(null, "PVB interlayer from laminated windscreens", null, "polymer.pvb")]
    [InlineData(null, "CTP (cam elyaf takviyeli polyester) tekne parçaları", null, "polymer.composite")]
    [InlineData(null, "Spent brewery kieselguhr", null, "mineral.diatomite")]
    [InlineData(null, "grafit elektrot kırığı", null, "carbon")]
    [InlineData("040101", "Ham etlenme artığı", null, "biomass.abp")]
    [InlineData(null, "Lanolin geri kazanımı için yün yağı", null, "biomass.abp")]
    [InlineData(null, "MgO doygunluğu için dolomit/manyezit katkısı", null, "mineral.magnesia")]
    [InlineData(null, "Manyezit tuğla söküntüsü", null, "mineral.refractory")]
    [InlineData("160112", "Fren balatası (asbestsiz)", null, "friction")]
    [InlineData(null, "Pamuk çiğidi kabuğu", null, "biomass.green")]
    [InlineData(null, "Laktoz ve nişasta tozu", null, "biomass.food")]
    [InlineData("020399", "Zeytinyağı tank dibi tortusu (mürg)", "10.41", "oil.vegetable")]
    [InlineData(null, "solvent", null, "chemical.solvent")]
    [InlineData(null, "odun peleti", null, "wood.clean")]
    [InlineData(null, "biyokütle peleti", null, "fuel.biomass")]
    // biomass
    [InlineData(null, "pirina", null, "biomass.olivepomace")]
    [InlineData(null, "tavuk gübresi", null, "biomass.manure")]
    [InlineData(null, "food waste", null, "biomass.food")]
    [InlineData(null, "budama atığı", null, "biomass.green.woody")]
    [InlineData("191204", "ÖTL kauçuk granül 2-4 mm (çeliksiz)", "38.32", "rubber.tyre")] // 19 12 04 is plastic and rubber
    [InlineData("191204", "ELT rubber granulate 2-4 mm", "38.32", "rubber")]
    [InlineData(null, "Lisanslı piroliz: kauçuk ve lastik parçası alınır", "38.32", "rubber")] // rubber of any kind, tyres among it
    [InlineData(null, "Off-spec SLES 70 % paste, colour out of spec", null, "chemical.organic")] // “paste” is no “pas” (rust)
    [InlineData("070699", "Biyodizel metanol geri kazanım kolonu dip suyu (metanol ~%2; KOİ ~35 g/L)", "20.59", "biomass.liquid")] // a high-strength COD in any sector
    [InlineData("070699", "Soğutma kulesi blöf suyu (KOİ 80 mg/L)", "20.59", "water")]
    [InlineData(null, "Halı şampuanı üreticisi: SLES %70 pasta alınır", null, "chemical.organic")]
    [InlineData(null, "Karışık kağıt ve karton", null, "paper.mixed")] // a grade first: the list is of that grade
    [InlineData(null, "Akü kasa ve kapağı enjeksiyonu: PP blok kopolimer alınır, renk önemsiz", "22.29", "polymer.pp")] // what it takes, past its grade words
    [InlineData("191204", "Kırma plastik fraksiyonu", "38.32", "polymer")]
    [InlineData(null, "Vine prunings chipped 10-30 mm", null, "biomass.green.woody")]
    [InlineData(null, "Kompost tesisi: azotça zengin yeşil atık alınır, budama ile karıştırıyoruz", null, "biomass.green")] // the prunings are the plant's own
    [InlineData(null, "WPC (ahşap-plastik kompozit) deck profili", null, "polymer.wpc")] // no glass-fibre composite
    [InlineData(null, "Buzdolabı kapı köpükleme taşıntısı (sert PU)", null, "polymer.pu.rigid")]
    [InlineData(null, "Esnek PU sünger kırpıntısı", null, "polymer.pu.flexible")]
    [InlineData(null, "SAN (şeffaf stiren-akrilonitril) enjeksiyon ıskartası", null, "polymer.styrenics")]
    [InlineData(null, "Vejetal tabaklı kösele kenar şeritleri", null, "leather")]
    [InlineData(null, "Çalışır LED TV (32-43 inç)", null, "weee")]
    [InlineData(null, "Printed folding-boxboard die-cut waste", null, "paper")]
    [InlineData("150101", "Printed folding-boxboard die-cut waste (UV-varnished, no foil)", null, "paper")] // “varnished” is an adjective
    [InlineData(null, "Broken fused-silica rollers from a tempering furnace", null, "mineral.refractory")]
    [InlineData("160504*", "Gemi söküm Halon 1211 söndürücüleri", null, "chemical.halon")]
    [InlineData("020399", "Ayçiçeği kabuğu (yağ fabrikası)", "10.41", "biomass.green")] // a husk, not bark
    [InlineData(null, "pirinç kabuğu", null, "biomass.green")] // rice husk, not brass
    [InlineData("191204", "Akü kırma tesisi PP kasa kırığı", null, "polymer.pp")] // the plant is the origin, PP the material
    [InlineData(null, "Kağıt fabrikası kazan külü", null, "mineral.ash.bottom")]
    [InlineData(null, "Demiryolu balastı söküntüsü", null, "mineral.aggregate")] // railway, not iron
    [InlineData(null, "hurda ray", null, "metal.ferrous")]
    [InlineData(null, "Aktif karbon üretimi için sert çekirdek hammaddesi", null, "biomass.stones")] // fruit stones
    [InlineData("020399", "Pirina tesisinden ayrılmış kuru çekirdek", "10.41", "biomass.stones")] // olive stones, not food residue (EN ISO 17225-1)
    [InlineData("020304", "Domates kabuk ve çekirdek posası", "10.39", "biomass.food")] // a pulp with seeds is a pulp
    [InlineData(null, "Liman dalgakıranı çekirdek ve filtre tabakası için ağır taş", null, "mineral.aggregate")] // a breakwater core is no fruit stone
    [InlineData(null, "Reaktif boyamada elektrolit tuzu olarak sodyum sülfat", null, "chemical.inorganic")]
    [InlineData(null, "Struvite crystals from the digester side-stream", null, "fertiliser")]
    [InlineData(null, "Yeşil çatı substratı için kırma tuğla", null, "mineral.cdw.ceramic")]
    [InlineData(null, "Vitrifiye bünyesi için kaolen ve ball clay", null, "mineral.clay")]
    [InlineData(null, "Cüruf köpürtme için dolomit katkısı", null, "mineral.magnesia")] // the purpose's slag is no grade of dolomite
    [InlineData(null, "Şişe camı fırını için cam kırığı", null, "glass.container")] // the purpose's grade refines the material
    [InlineData("100202", "LF pota cürufu (CaO yüksek)", null, "mineral.slag.steel.ladle")]
    [InlineData("100202", "EAF siyah cüruf", null, "mineral.slag.steel")]
    [InlineData(null, "Soda-kireç cam fırını için cullet", null, "glass.container")] // soda-lime glass, not soda
    [InlineData("180110", "Dental amalgam separator sludge", null, "metal.nonferrous.mercury")]
    [InlineData(null, "Koyun ve sığır için taze kaba yem", null, "biomass.green")] // roughage is plant tissue
    [InlineData(null, "Cıvata ve somun hurdası (çelik)", null, "metal.ferrous")] // a bolt (cıvata) is no mercury (cıva)
    [InlineData(null, "Tarla için potasyumlu toprak düzenleyici", null, "fertiliser")] // potasyum is no ladle (pota)
    [InlineData("010412", "Linyit lavvar pasası (kil-şist; ince)", null, "mineral.clay")]
    [InlineData(null, "Sığır kılı (kireçlikten süzülmüş)", "15.11", "biomass.abp")] // hair (kıl), not clay (kil)
    [InlineData(null, "Trout processing by-products (heads, frames)", null, "biomass.abp.fish")]
    [InlineData(null, "Pik döküm yeşil kumu (dökülmüş)", null, "mineral.sand.foundry")]
    [InlineData("110110", "Alüminyum eloksal arıtma çamuru (Al(OH)3)", null, "sludge.metalhydroxide")] // a sludge, not aluminium scrap
    [InlineData(null, "Alüminyum jant hurdası (A356)", null, "metal.nonferrous.aluminium.cast")]
    [InlineData(null, "6063 alüminyum profil kesim artığı", null, "metal.nonferrous.aluminium.wrought.mgsi")]
    [InlineData("191204", "Kablo granülasyon PVC izolasyon granülü (yumuşak PVC; bakır <%0,5)", null, "polymer.pvc.flexible")] // a capped content is an impurity
    [InlineData("030101", "Çam kabuğu (kereste fabrikası)", "16.10", "wood.clean")]
    [InlineData(null, "mezbaha kanı", null, "biomass.abp")]
    [InlineData(null, "kompost hammaddesi", null, "biomass")]
    // sludges by origin
    [InlineData(null, "evsel arıtma çamuru", null, "sludge.municipal")]
    [InlineData("190805", "", null, "sludge.municipal")]
    [InlineData(null, "kağıt çamuru", null, "sludge.paper")]
    [InlineData(null, "metal hidroksit çamuru", null, "sludge.metalhydroxide")]
    [InlineData(null, "çamur", null, "sludge")]
    // chemicals by function
    [InlineData(null, "sülfürik asit", null, "chemical.acid")]
    [InlineData(null, "kostik", null, "chemical.alkali")]
    [InlineData("160804", "", null, "chemical.catalyst")]
    [InlineData(null, "spent catalyst", null, "chemical.catalyst")]
    [InlineData(null, "demir(III) klorür çözeltisi", null, "chemical.ironsalt")]
    [InlineData(null, "atık boya ve mürekkep", null, "chemical.paint")]
    [InlineData(null, "boyalı PP tampon kırığı", null, "polymer.pp")]
    [InlineData(null, "painted PVC profiles", null, "polymer.pvc")]
    [InlineData("070108", "", null, "chemical.organic")]
    [InlineData("060314", "", null, "chemical.inorganic")]
    [InlineData(null, "organik gübre hammaddesi", null, "fertiliser")]
    // leather, aggregates, WEEE
    [InlineData(null, "deri tıraşı", null, "leather")]
    [InlineData(null, "yol alt temel agregası", null, "mineral.aggregate")]
    [InlineData(null, "beton briket için hafif agrega", null, "mineral.aggregate.lightweight")]
    [InlineData("200136", "küçük ev aletleri", null, "weee")]
    [InlineData(null, "EAF dust", null, "ironoxide.dust")]
    // suffixes: Turkish case and plural endings, not other words
    [InlineData(null, "kazan külleri", null, "mineral.ash")]
    [InlineData(null, "camların kırığı", null, "glass")]
    [InlineData(null, "ambalaj kağıdı", null, "paper")]
    // negation and adjectives: the material present, not the one excluded or describing another
    [InlineData(null, "temiz PE kırığı, PVC içermez", null, "polymer.pe")]
    [InlineData(null, "temiz PE kırığı (PVC içermeyen)", null, "polymer.pe")]
    [InlineData(null, "BOPP film hattı: PP rejenere granül (PE karışmamış)", null, "polymer.pp")]
    [InlineData(null, "Alüminyum radyatör hurdası alınır; Cu-pirinç karışık istemiyoruz", null, "metal.nonferrous.aluminium")]
    [InlineData(null, "PP regrind alınır; PE kabul edilmez", null, "polymer.pp")]
    [InlineData("080313", "Ofset matbaa bitkisel yağ bazlı mürekkep artığı", "18.12", "chemical.paint")]
    [InlineData(null, "Nadir toprak elementi geri kazanımı (NdFeB mıknatıs hurdası)", null, "metal.nonferrous")]
    [InlineData(null, "Porselen karo bünyesi için kil (çelik kalıntısız)", null, "mineral.clay")]
    [InlineData(null, "Klinker farini için kireçtaşı", null, "mineral.limestone")]
    [InlineData(null, "PVC-free PE regrind", null, "polymer.pe")]
    [InlineData(null, "yağlı metal talaşı", "25.62", "metal")]
    [InlineData(null, "plastikli karton", null, "paper")]
    [InlineData(null, "emprenyeli ahşap direk", null, "wood.treated")]
    [InlineData(null, "yapı çeliği", null, "metal.ferrous")]
    [InlineData(null, "sera plastiği", null, "polymer")]
    [InlineData(null, "kabuğu", "16.10", "wood.clean")]
    // ambiguous words decided by the firm's sector: kırpıntı (offcuts)
    [InlineData(null, "kırpıntı", "13.20", "textile")]
    [InlineData(null, "kırpıntı", "15.11", "leather")]
    [InlineData(null, "kırpıntı", "17.21", "paper")]
    [InlineData(null, "kırpıntı", "25.11", "metal")]
    [InlineData(null, "akü hurdası", null, "metal.nonferrous.lead")]
    [InlineData("160605", "Lityum iyon batarya modülleri (hurda)", null, "battery.liion")]
    [InlineData(null, "Temiz PE regrind (HDPE/LDPE)", null, "polymer.pe")]
    [InlineData(null, "PET ve PP kırığı", null, "polymer.mixed")]
    [InlineData("101103", "Cam yünü üretim artığı (elyaf; bağlayıcılı)", null, "mineral.wool")]
    [InlineData(null, "taş yünü izolasyon söküntüsü", null, "mineral.wool")]
    [InlineData("161104", "EAF ve pota fırını MgO-C refrakter söküntüsü", null, "mineral.refractory")]
    [InlineData(null, "öğütülmüş şamot", null, "mineral.refractory")]
    [InlineData("190904", "", null, "chemical.activatedcarbon")]
    [InlineData(null, "aktif karbon reaktivasyonu", null, "chemical.activatedcarbon")]
    [InlineData(null, "PA6 (naylon) talaşı", null, "polymer.pa")]
    [InlineData(null, "PA6 kompound için geri dönüşüm poliamid", null, "polymer.pa")]
    [InlineData(null, "poliamid iplik", null, "textile.synthetic")]
    [InlineData(null, "ikinci el giysi", null, "textile")]
    [InlineData(null, "Li-iyon pil geri kazanım", null, "battery.liion")]
    [InlineData(null, "kok tozu", null, "fuel.coal")]
    [InlineData(null, "naylon poşet", null, "polymer.pe")]
    // a code whose own title names a material outweighs a word its code and sector do not confirm
    [InlineData("020501", "asit lor suyu", "10.51", "biomass.food")]
    [InlineData("120118", "taşlama çamuru (yağlı)", "25.62", "sludge.industrial")]
    [InlineData("120118", "atık madeni yağ", "19.20", "oil.mineral")]
    [InlineData("101103", "cam elyaf kesim artığı", null, "mineral.wool")]
    [InlineData("120109", "kesme sıvısı emülsiyonu", "25.62", "oil.mineral")]
    [InlineData("120115", "", null, "sludge.industrial")]
    // a purpose is no material: what a need is for yields to what it asks for, unless that refines it
    [InlineData(null, "Polyester elyaf üretimi için PET flake", null, "polymer.pet")]
    [InlineData(null, "Hayvan yemi için yağ", null, "oil")]
    [InlineData(null, "Organik gübre üretimi için çamur", null, "sludge")]
    [InlineData(null, "Plastik boru üretimi için dolgu olarak kalsit (mermer tozu)", null, "mineral.limestone.marble")]
    [InlineData(null, "Clean sawdust for wood pellets", null, "wood.clean")]
    [InlineData(null, "Şişe camı fırını için renk ayrılmış cam kırığı", null, "glass.container")]
    [InlineData(null, "Kompost için ağaç kabuğu", "01.61", "wood.clean")]
    [InlineData(null, "Kazan için yakıt", null, "fuel")]
    [InlineData(null, "Biyodizel üretimi için bitkisel atık yağ", null, "oil.vegetable")]
    // a phrase uses its words: "gübre" of "organik gübre" is no manure of its own
    [InlineData(null, "organik gübre", null, "fertiliser")]
    [InlineData(null, "Sera için organik gübre", null, "fertiliser")]
    // a furnace is no material: its dust is not its slag
    [InlineData("100207", "Elektrik ark ocağı baca tozu", "24.10", "ironoxide.dust")]
    [InlineData(null, "EAF tozu", null, "ironoxide.dust")]
    [InlineData(null, "EAF cürufu (elektrik ark ocağı siyah cürufu)", null, "mineral.slag.steel")]
    // a sub-chapter names only a range and yields to the description
    [InlineData("020401", "pancar yıkama toprağı", "10.81", "mineral.soil")]
    // water and heat
    [InlineData(null, "arıtılmış su", null, "water")]
    [InlineData(null, "atık ısı", null, "energy.heat")]
    // fruit stones, hulls, exhausted pomace and acrylic glass
    [InlineData("020304", "Kurutulmuş kayısı çekirdeği", "10.39", "biomass.stones")]
    [InlineData(null, "Çeltik kavuzu (dökme)", "10.61", "biomass.green")]
    [InlineData("020303", "Yağı alınmış pirina küspesi", "10.41", "biomass.olivepomace")]
    [InlineData(null, "Depolimerizasyon için PMMA hurdası", "20.16", "polymer.pmma")]
    [InlineData("070213", "Pleksiglas levha kesim parçaları", "22.21", "polymer.pmma")]
    // water reused, geothermal heat, precipitated CaCO3, raw wool, oil-bearing minerals, optical cable
    [InlineData("190899", "AAT arıtma çıkış suyu (UV dezenfeksiyonlu)", "37.00", "water")]
    [InlineData("190899", "Kentsel AAT ileri arıtma çıkışı (kum filtresi ve UV)", "37.00", "water")] // a plant's outlet is its effluent, not the sludge of 19 08
    [InlineData(null, "Tarımsal sulama suyu", "01.61", "water")]
    [InlineData(null, "Beton santrali karışım suyu", "23.63", "water")]
    [InlineData("161002", "Jeotermal akışkan (85°C; reenjeksiyon öncesi)", "35.11", "energy.heat")]
    [InlineData("190903", "Su yumuşatma çamuru (%35 nem)", "36.00", "mineral.limestone")]
    [InlineData(null, "Çöktürülmüş CaCO3 (ince)", null, "mineral.limestone")]
    [InlineData("040221", "Kırkım sonrası kirli yapağı", "01.45", "textile.wool")]
    [InlineData("050115", "Kullanılmış filtre kili (yağlı bentonit)", "19.20", "mineral.oily")]
    [InlineData("170411", "Fiber optik kablo hurdası (metal iletkensiz)", "61.10", "polymer.mixed")]
    // a stated minimum names what the material holds; a cap names an impurity
    [InlineData(null, "Kablo granülasyonu: bakır iletkenli kablo (bakır oranı >%30)", null, "metal.nonferrous.copper")]
    [InlineData(null, "Kireçleme için en az %90 CaCO3 içeren toz", null, "mineral.limestone")]
    // lime apart from limestone, oily sludge, PBT, tobacco, growing media, landfill cover
    [InlineData("101304", "Sönmemiş kireç elek altı (CaO %70)", "23.52", "mineral.lime")]
    [InlineData(null, "Arıtma çamuru stabilizasyonu için kireç sütü", null, "mineral.lime")]
    [InlineData(null, "Kireç taşı elek altı", null, "mineral.limestone")]
    [InlineData(null, "Kireçtaşı tozu", null, "mineral.limestone")]
    [InlineData(null, "Soda kireç camı kırığı", null, "glass.container")]
    [InlineData("130502", "Yağ ayırıcı çamuru (oto yıkama)", "45.20", "sludge.oily")]
    [InlineData("070213", "PBT-GF30 konnektör yolluğu", "27.33", "polymer.pbt")]
    [InlineData("020304", "Tütün yaprağı kırıntısı", "12.00", "biomass.tobacco")]
    [InlineData(null, "Fidanlık için malç ve yetiştirme ortamı", "01.30", "biomass.growingmedia")]
    [InlineData(null, "Düzenli depolama sahası günlük örtü malzemesi", "38.21", "mineral")]
    // refrigerants, charcoal, aluminium salts, condensate, zeolite; a system is an origin like a plant
    [InlineData("140601", "Klima servisinden geri kazanılmış R134a (silindirde)", "45.20", "chemical.refrigerant")]
    [InlineData(null, "Soğutucu akışkan rejenerasyonu", null, "chemical.refrigerant")]
    [InlineData(null, "Briket mangal kömürü üretimi (nişasta bağlayıcılı pres)", null, "fuel.charcoal")]
    [InlineData(null, "Su arıtımı için alüminyum sülfat çözeltisi", null, "chemical.aluminiumsalt")]
    [InlineData(null, "Alüminyum talaşı", null, "metal.nonferrous.aluminium")]
    [InlineData(null, "Petrokimya buhar sistemi geri dönüş kondensi (85 °C)", null, "water.condensate")]
    [InlineData(null, "Proses buharı (10 bar)", null, "energy.heat")]
    [InlineData(null, "Kullanılmış moleküler elek (zeolit 4A)", null, "mineral.pozzolana")]
    [InlineData(null, "Saf su sistemi RO konsantresi", null, "water")]
    [InlineData("160119", "Far lensi (PC; sert kaplamalı)", null, "polymer.pc")]
    // a metal before a copper alloy is what the alloy holds (EN 1412); Zamak is zinc (EN 1774); tank bottoms are oily sludge
    [InlineData("191203", "Gemi pervanesi hurdası (nikel-alüminyum bronz)", null, "metal.nonferrous.copper.brass")]
    [InlineData(null, "Alüminyum bronz burç talaşı", null, "metal.nonferrous.copper.brass")]
    [InlineData(null, "Bakır ve alüminyum radyatör hurdası", null, "metal.nonferrous")]
    [InlineData("120103", "Zamak enjeksiyon yolluk ve çapak", "24.54", "metal.nonferrous.zinc")]
    [InlineData("050103", "Ham petrol tankı dip çamuru", "19.20", "sludge.oily")]
    [InlineData("100102", "Uçucu kül (kömür santrali, F sınıfı)", "35.11", "mineral.ash.fly.siliceous")]
    [InlineData(null, "Fly ash, class C", null, "mineral.ash.fly.calcareous")]
    // three families or more name a mixture: the code decides when it names one of them
    [InlineData("170904", "İnşaat karışık atık (ahşap, alçı, plastik, beton)", "41.20", "mineral.cdw")]
    // several grades of one family: the one the firm's sector confirms
    [InlineData("020399", "Tütün yaprak damarı ve sapı (harmanlama artığı)", "12.00", "biomass.tobacco")]
    // cement kiln dust is its own mineral (Cement BREF); "by-pass" holds no rust ("pas"); zinc dust is distilled zinc (ISO 3549)
    [InlineData("101306", "", "23.51", "mineral.ckd")]
    [InlineData(null, "Çimento fırını by-pass tozu", null, "mineral.ckd")]
    [InlineData(null, "Baypas tozu (klinker hattı)", null, "mineral.ckd")]
    [InlineData(null, "Boya için metalik çinko tozu", null, "metal.nonferrous.zinc.powder")]
    [InlineData("110502", "Galvaniz külü", "25.61", "metal.nonferrous.zinc.ash")]
    // a product named with the materials it holds is that product; a grade named with it is that grade (AEEE Yönetmeliği Ek-1)
    [InlineData(null, "AEEE işleme: değerli metal ve plastik ayrıştırma", null, "weee")]
    [InlineData("160214", "End-of-life PV panels (broken glass; Al frame)", null, "weee")]
    [InlineData(null, "HIPS/ABS granül (beyaz eşya parçası kalitesi)", null, "polymer.styrenics")]
    // slag metallics and pig iron are ferrous (EU 333/2011); a treatment plant is an origin
    [InlineData(null, "EAF şarjı için cüruf metaliği", null, "metal.ferrous")]
    [InlineData(null, "Atıksu arıtma tesisi çamuru", null, "sludge")]
    // heat is heat whatever the code; a "-hane" word is a workplace; materials of one family before it share the origin
    [InlineData("101399", "Klinker soğutucu fazla havası (250-300 °C)", "23.51", "energy.heat")]
    [InlineData("161002", "Jeotermal akışkan (95 °C)", "35.11", "energy.heat")]
    [InlineData(null, "Levrek-çipura kuluçkahanesi su ısıtması", null, "energy.heat")]
    [InlineData(null, "Pirinç dökümhanesi cürufu", null, "mineral.slag")]
    [InlineData(null, "Yağı alınmış kuru pirina (prina yağı fabrikası çıkışı)", null, "biomass.olivepomace")]
    // "pasta" is no rust; glycols are organic chemicals; cocoa shells are husks
    [InlineData(null, "Biyogaz için şekerli pasta substrat", null, "biomass")]
    [InlineData("070199", "Off-spec MEG (renk sapmalı)", "20.14", "chemical.organic")]
    [InlineData(null, "Cocoa bean shells after roasting", null, "biomass.green")]
    [InlineData("020304", "Pistachio shells (roasted, unsalted, dry)", "10.39", "biomass.green")] // the English of “fıstık kabuğu”
    [InlineData("200199", "Used natural cork stoppers from wineries", "56.10", "wood.cork")]
    [InlineData(null, "Palet üreticisi: geri dönüşüm HDPE/PP", null, "polymer.mixed")] // “X üreticisi” names the firm, like “X fabrikası”
    [InlineData(null, "Doğal mantar tıpa kırığı", null, "wood.cork")] // cork, not a mushroom: “kültür mantarı” stays green waste
    [InlineData(null, "Kültür mantarı sap kesimi", null, "biomass.green")]
    // an ash named with the biomass burnt is biomass ash (EWC 10 01 03)
    [InlineData("100101", "Pirina yakan kazan külü (ızgara altı)", "10.41", "mineral.ash.biomass")]
    [InlineData(null, "Odun kazanı taban külü", null, "mineral.ash.biomass")]
    [InlineData(null, "Saman külü (kazan altı)", null, "mineral.ash.biomass")] // “külü” is the ash of the straw, not an adjective in -lu
    [InlineData(null, "Mobilya fabrikası kazan külü (MDF ve sunta yakılıyor)", null, "mineral.ash")] // ash of treated board is no untreated-wood ash
    [InlineData("100199", "Jeotermal santral amorf silika kabuğu (SiO2 %86)", "35.11", "mineral.silicafume")] // amorphous silica scale, not bark
    [InlineData("070699", "Sabun fabrikası alt lye (spent lye; gliserin %8)", "20.41", "chemical.organic")] // soap-making glycerin water
    [InlineData("100101", "Çeltik kavuzu külü, kontrollü yanma", "10.61", "mineral.ash.biomass.ricehusk")]
    [InlineData(null, "Pirinç kabuğu külü (RHA)", null, "mineral.ash.biomass.ricehusk")]
    [InlineData(null, "Çeltik kavuzu, kuru", null, "biomass.green")]
    [InlineData(null, "Pamuk sapı (hasat sonrası, balyalı)", null, "biomass.green")] // a cotton stalk is no cotton fibre
    [InlineData("160509", "Stok fazlası katyonik poliakrilamid emülsiyonu", "17.12", "chemical.organic.flocculant.cationic")]
    [InlineData("160509", "Açılmamış torba poliakrilamid flokülant", "23.70", "chemical.organic.flocculant")]
    // alloy designations name the metal (EN 10027-1, EN 10088-1, EN 1412): an engine oil's grade is no steel
    [InlineData("120199", "Yaprak yay ıskarta lamaları (51CrV4)", "29.32", "metal.ferrous")]
    [InlineData(null, "16MnCr5 dövme çapağı", null, "metal.ferrous")]
    [InlineData(null, "X5CrNi18-10 sac kırpıntısı", null, "metal.ferrous.stainless")]
    [InlineData(null, "X153CrMoV12 kalıp çeliği parçaları", null, "metal.ferrous")] // 1.53 % carbon: a tool steel, not stainless
    [InlineData(null, "CuZn39Pb3 talaş", null, "metal.nonferrous.copper.brass")]
    [InlineData(null, "CuSn12 burç talaşı", null, "metal.nonferrous.copper")]
    [InlineData("130205*", "10W40 motor yağı", null, "oil.mineral")]
    [InlineData("020502", "Süt fabrikası arıtma çamuru, Tire", "10.51", "sludge")] // Tire is an İzmir district, not a tyre
    [InlineData(null, "Scrap truck tires", null, "rubber.tyre")]
    [InlineData("190905", "Spent ion-exchange resins (cation and anion beads)", "20.14", "polymer")] // EWC 19 09 05: cross-linked polystyrene beads
    [InlineData("190901", "Used swimming-pool filter sand (silica 0.4-0.8 mm)", "55.10", "mineral.sand")]
    [InlineData("190699", "Biyometan arıtma çıkış CO2'si (%98 CO2; aktif karbon sonrası H2S <1 ppm)", "35.21", "chemical.co2")] // a treatment step is no material
    [InlineData(null, "Kireç kaymağı (bulamaç; kumlu)", null, null)] // “kumlu” (sandy) names no sand
    [InlineData("160304", "Priz almış çimento topakları (kuru)", "52.24", "mineral.cdw")] // hardened cement is a concrete-like rubble (EWC 10 13 14)
    [InlineData(null, "Hardened cement lumps from a silo", null, "mineral.cdw")]
    [InlineData(null, "Kurutulmuş domates kabuğu (salça hattı)", null, "biomass.food")] // a peel, not bark: the bare “kabuk” stays bark
    [InlineData(null, "Kırmızı üzüm kabuğu (cibreden ayrılmış)", null, "biomass.food")]
    [InlineData("030101", "Çam kabuğu, kuru", "16.10", "wood.clean")]
    [InlineData(null, "Ceviz kabuğu ve kabuk kırıntısı", null, "biomass.green")] // the bare “kabuk” yields to a named material
    [InlineData("100101", "Linyit kazanı taban külü", "35.11", "mineral.ash.bottom")]
    // a material in the instrumental case is a reagent, not the material
    [InlineData(null, "Fosforlu gübre üretimi için fosfor içerikli hammadde (asitle çözündürme)", null, "fertiliser")]
    [InlineData(null, "Çamur kireçle stabilizasyon", null, "sludge")]
    // hardmetal is tungsten carbide, a non-ferrous scrap of its own; HSS is tool steel (ISO 513, Non-Ferrous Metals BREF ch. 9)
    [InlineData("120199", "Kırık karbür uç ve matkaplar (WC-Co)", "25.73", "metal.nonferrous.tungsten")]
    [InlineData(null, "Cemented carbide inserts, used", null, "metal.nonferrous.tungsten")]
    [InlineData("120101", "HSS matkap ucu hurdası (yüksek hız çeliği; karbürsüz)", "25.73", "metal.ferrous")]
    // with a possessive, the instrumental is a partner too; what was taken out or only contained is no material;
    // "görmemiş" negates; chips, processors and phones are electronic equipment
    [InlineData(null, "Kompost tesisi: hayvan gübresiyle ko-kompost için karbonca zengin organik madde", null, "biomass")]
    [InlineData(null, "Zeytin çekirdeği ayrılmış pulp", null, "biomass.food")]
    [InlineData(null, "Yağ içerikli arıtma çamuru", null, "sludge")]
    [InlineData(null, "Yağhane: taze zeytin, salamura görmemiş", null, null)]
    [InlineData("160216", "Elektronik yonga (IC çip) ve işlemci", "24.41", "weee")]
    [InlineData(null, "Kullanılmış cep telefonları (bataryalı)", null, "weee")]
    [InlineData("161002", "Çelikhane kapalı devre soğutma suyu blöfü (iletkenlik 2.000 µS/cm)", "24.10", "water")]
    [InlineData("070213", "Off-spec GPPS pellets (yellowed)", "20.16", "polymer.ps")]
    // a food plant's water that carries product or a high oxygen demand is organic-laden liquid waste (BREF FDM 2019 §2.3.2);
    // where it comes from, a low or no stated load, treated effluent or another sector's water leave it water
    [InlineData("020699", "Bisküvi hattı şurup kazanı yıkama suyu", "10.72", "biomass.liquid")]
    [InlineData("020199", "Sera drenaj suyu (besin çözeltisi)", "01.13", "water")] // a crop farm's water is no food plant's
    [InlineData(null, "Elma posası (meyve suyu presi)", "10.32", "biomass.food")] // a bare “suyu” is no wash water
    [InlineData("020502", "Yoğurt dolum makinesi ilk durulama suyu (sütlü)", "10.51", "biomass.liquid")]
    [InlineData("020502", "Proses atıksuyu (KOİ 12.000 mg/L)", "10.51", "biomass.liquid")]
    [InlineData(null, "Meyve suyu hattı yıkama suyu, KOİ 6000 mg/l", "10.32", "biomass.liquid")]
    [InlineData(null, "Fish-meal plant stickwater", "10.20", "biomass.liquid")]
    [InlineData("020502", "Süt fabrikası kasa yıkama suyu (KOİ 700 mg/L)", "10.51", "water")]
    [InlineData("020502", "Süt fabrikası soğutma suyu", "10.51", "water")]
    [InlineData("020502", "Arıtılmış atıksu, sütlü ürün hattı", "10.51", "water")]
    [InlineData("161002", "Makine yağlı yıkama suyu", "25.61", "water")]
    [InlineData(null, "Biyogaz tesisi için şekerli sıvı atık", null, "biomass.liquid")]
    // a role word names the material only when nothing else is named
    [InlineData(null, "Çürütücü için yağ-gres ko-substratı", null, "oil")]
    [InlineData(null, "Anaerobic digester co-substrate", null, "biomass")]
    // a polymer named with a sludge is its conditioning agent; a treatment plant is an origin
    [InlineData("020204", "Kesimhane DAF çamuru (yağlı; polimer ile susuzlaştırılmış)", "10.12", "sludge")]
    [InlineData("190814", "Tekstil AAT çamuru (polimer ve FeCl3)", "13.30", "sludge.industrial")]
    // words of other materials: teak boards, polyester (PES), eggshells (category 3), NPK, CO2, slack wax, nickel, water glass
    [InlineData(null, "Reclaimed teak planks", null, "wood")]
    [InlineData("040222", "Dokusuz yüzey kesim firesi (PES; beyaz)", "13.95", "textile.synthetic")]
    [InlineData(null, "Yumurta kabuğu (zarlı)", "10.89", "biomass.abp")]
    [InlineData("061099", "NPK 20-20-0 elek altı toz", "20.15", "fertiliser")]
    [InlineData(null, "Gübre fabrikası: NPK tozu geri besleme", "20.15", "fertiliser")]
    [InlineData(null, "Sera CO2 gübrelemesi için sıvı CO2", "01.13", "chemical.co2")]
    [InlineData(null, "Jeotermal santrali yoğuşmayan gaz (CO2 %97)", "35.11", "chemical.co2")]
    [InlineData("050199", "Slack wax (off-spec)", "19.20", "oil.wax")]
    [InlineData(null, "Nikel kaplama banyosu eluatı", "25.61", "metal.nonferrous.nickel")]
    [InlineData("060314", "Su camı (sodyum silikat) firesi", "20.13", "chemical.inorganic")]
    [InlineData("040199", "Pikle flottesi (tuz ve sülfürik asit)", "15.11", "chemical.acid")] // BREF Tanning §2.4 pickle liquor
    // what soils, coats or is held is no material; a process or a figure neither
    [InlineData("020110", "Galvanizli bağ teli ve demir kazık (toprak bulaşık)", "01.21", "metal.ferrous")]
    [InlineData(null, "Yağ bulaşıklı çelik varil", null, "metal.ferrous")]
    [InlineData(null, "Boş madeni yağ çelik varili", null, "metal.ferrous")]
    [InlineData(null, "Boya kutusu (teneke)", null, null)]
    [InlineData(null, "Döküm maça bağlayıcısı (CO2 prosesi): sodyum silikat", null, "chemical.inorganic")]
    [InlineData(null, "Pervane hurdası (nikel-alüminyum bronz)", null, "metal.nonferrous.copper.brass")]
    // hot water is a heat source as well; animal fat, wine tartar; a similative adjective and a removed possessive name no material
    [InlineData("161002", "Boyama makinesi sıcak durulama suyu (60 °C)", "13.30", "water.hot")]
    [InlineData("161002", "Kompresör soğutma suyu (28 °C)", "25.62", "water")]
    [InlineData(null, "Kasap don yağı ve iç yağı", "10.11", "biomass.abp.fat")]
    [InlineData("020704", "Şarap tankı taşı (argol)", "11.02", "biomass.food")]
    [InlineData(null, "Pelet için odunsu tarım artığı", null, "biomass.green")]
    [InlineData("020299", "Katılaşmış hayvansal yağ (et suyu ayrılmış)", "10.13", "biomass.abp.fat")]
    // laminated glass named first is glass, its PVB named first is PVB; a prepreg is a composite; “ile” before co- or together names a partner
    [InlineData("101112", "Lamine cam kesim firesi (PVB ara katlı)", "23.12", "glass")]
    [InlineData(null, "PVB film separated from laminated glass", null, "polymer.pvb")]
    [InlineData("040209", "Kürlenmemiş karbon elyaf prepreg kesimi", "22.29", "polymer.composite")]
    [InlineData(null, "Kompost tesisi: tavuk gübresi ile ko-kompost için kuru yaprak ve saman", null, "biomass.green")]
    [InlineData(null, "Zemin stabilizasyonu: kireç ve uçucu kül ile stabilizasyon", null, "mineral.ash.fly")]
    // a dye bath is water (hot when it says so); a clarified water is water whatever code holds the solids it settled from
    [InlineData("161002", "Boyama atık banyosu (tuzlu; 70 °C)", "13.30", "water.hot")]
    [InlineData("161002", "Atık flotte (soğumuş)", "13.30", "water")]
    [InlineData("010413", "Mermer fabrikası çöktürme havuzu berrak suyu", "23.70", "water")]
    [InlineData("010413", "Mermer kesim çamuru (havuz dibi)", "23.70", "mineral.limestone.marble")]
    // an English four-letter word takes English endings only: the Turkish zincir (chain) is no zinc
    [InlineData(null, "Kedi maması: Kategori 3 hamsi (soğuk zincir)", "10.92", "biomass.abp.fish")]
    [InlineData(null, "zinc dross", null, "metal.nonferrous.zinc")]
    // de-icing salt (EN 16811-1), mineral nitrogen fertiliser (EU 2019/1009 PFC 1(C)), marine oil is fish oil
    [InlineData(null, "Kış bakımı: buz çözücü yol tuzu", "84.11", "chemical.inorganic")]
    [InlineData(null, "Sıvı azotlu gübre üreticisi: analizli çözelti", "20.15", "fertiliser")]
    [InlineData(null, "crude marine oil", null, "biomass.abp.fish")]
    // a form word after another material is its form: trimmings of textile, scrap of plastics, even at a waste firm (NACE 38)
    [InlineData(null, "ATY tesisi: kuru tekstil kırpıntısı", "38.21", "textile")]
    [InlineData(null, "Plastik hurdası alınır", "38.32", "polymer")]
    [InlineData(null, "Kırpıntı alınır", "38.32", "metal")]
    // a material in the ablative is what the stream was made from or separated from
    [InlineData(null, "Zeytin çekirdeğinden aktif karbon, ince toz", null, "chemical.activatedcarbon")]
    [InlineData(null, "Pirinadan ayrılmış zeytin çekirdeği", null, "biomass.stones")]
    // scrap named only generically at a basic-metals firm is of the metal its NACE class names; elsewhere, or when a code or another metal is named, it is not narrowed
    [InlineData(null, "Hurda alınır, paketli", "24.10", "metal.ferrous")]
    [InlineData(null, "Ergitme için hurda", "24.42", "metal.nonferrous")]
    // EWC titles that name a material: 02 01 10 waste metal, 03 03 01 waste bark and wood, 16 03 07* metallic mercury
    [InlineData("020110", "Sera söküntüsü", "01.13", "metal")]
    [InlineData("030301", "Hazırlama artığı", "17.11", "wood.clean")]
    [InlineData("160307", "Ölçüm cihazı dolgusu", "26.51", "metal.nonferrous.mercury")]
    // a need that says which material it takes (“… kabul”, “… alınır”) takes that one; a list or an adjective before the word singles none out
    [InlineData(null, "Yapay sulak alan: fosfor tutucu dolgu malzemesi (Al/Fe çamuru kabul)", "37.00", "sludge")]
    [InlineData(null, "Sabun imalathanesi: zeytinyağı (yüksek asitli kabul)", "20.41", "oil.vegetable")]
    [InlineData(null, "PP enjeksiyon kompoundu: PP lif ve iplik kabul", "22.29", "polymer.pp")]
    [InlineData(null, "Kitin üretimi: kabuklu deniz ürünü kabuğu alınır", "20.59", "biomass.abp.fish")]
    // an animal before a feed word eats the feed
    [InlineData(null, "Çipura-levrek yemi: kanatlı PAP kabul", "10.91", "biomass.abp.meal")]
    [InlineData(null, "Kuru kedi maması: kaplama yağı olarak kanatlı yağı", "10.92", "biomass.abp.fat")]
    [InlineData(null, "Pirinç kepeği yağı ekstraksiyonu: taze kepek", "10.41", "biomass.food")] // rice bran, not brass
    [InlineData(null, "Gübre harmanlama: ikinci kalite üre alınır", "20.15", "fertiliser")]
    [InlineData(null, "Yenilebilir jelatin: tabaklanmamış sığır derisi kesimi (kireçli split)", "10.89", "leather.rawhide")]
    [InlineData(null, "Pik döküm için talaş", "24.51", "metal.ferrous")]
    [InlineData(null, "Talaş (torna)", "25.62", "metal")]
    [InlineData("120103", "Talaş", "24.10", "metal.nonferrous")]
    [InlineData(null, "Oksijen lansı bakır uçları (çelik gövdesi ayrılmış)", "24.10", "metal.nonferrous.copper")] // the steel body taken off is no part of the stream
    [InlineData(null, "High-chrome grinding balls from cement mill relining", null, "metal.ferrous")] // EN 12513
    [InlineData("020399", "Kuru pirina, prina yağı alınmış, nem %9 kül %6", "10.41", "biomass.olivepomace")] // ash stated as a share is a property (EN ISO 18122)
    [InlineData("020399", "pirina kuru, nem %9 kul %6, cuvalli", "10.41", "biomass.olivepomace")]
    [InlineData("100101", "Biyokütle kazanı külü, 20 t/ay", "35.11", "mineral.ash.biomass")] // a quantity, not a share
    [InlineData("120199", "Panel kesim artığı (boyalı kapak + PE çekirdek)", "25.11", "polymer.pe")] // a polymer's core, no fruit stone
    [InlineData("020304", "Kayısı çekirdeği (kırılmış)", "10.39", "biomass.stones")]
    [InlineData("060316", "HCl asit rejenerasyon ünitesi demir oksit tozu (Fe2O3 %99)", "24.10", "ironoxide")] // a unit is where it comes from
    [InlineData(null, "Boya ünitesi PE streç film ambalajı", "22.22", "polymer.pe")]
    [InlineData("080201", "Toz boya kabini siklon tozu (epoksi-polyester hibrit)", "25.61", "chemical.paint")] // the resin of the binder (EN ISO 4618)
    [InlineData(null, "Polyester toz boya", "20.30", "chemical.paint")]
    [InlineData("200136", "Çalışan masaüstü PC (i5; diskler silinmiş)", "85.42", "weee")] // a personal computer
    [InlineData(null, "koy okullari bilgisayar sinifi: calisir PC bagisi", "94.99", "weee")]
    [InlineData(null, "Şeffaf PC granül", "22.29", "polymer.pc")] // polycarbonate at a plastics converter
    [InlineData(null, "Hastane boş serum torbası (DEHP'siz PVC)", "86.10", "polymer.pvc.flexible")] // IV bags are plasticised PVC
    [InlineData("170203", "Sökülmüş PE100 içme suyu borusu (110 mm)", "36.00", "polymer.pe.hdpe")] // EN 12201 PE100 pipe; the water is what it carried
    [InlineData(null, "Akrilik jakuzi küveti (PMMA yüzey)", "55.10", "polymer.pmma")]
    [InlineData("040222", "Akrilik elyaf kırpıntısı", "13.10", "textile.synthetic")] // a textile firm's acrylic is fibre
    [InlineData(null, "Gelinlik atölyesi tül ve dantel kırpıntısı", "14.13", "textile")]
    [InlineData("161104", "Alüminyum fırını refrakter söküntüsü", "24.53", "mineral.refractory")] // a furnace is where it comes from
    [InlineData("160801", "Etilen oksit ünitesi kullanılmış gümüş katalizör (Ag ~%15)", "20.14", "metal.nonferrous.precious")] // BREF NFM 2017 ch. 7
    [InlineData("200140", "Üniversite lab: kullanılmış platin pota ve tel", "85.42", "metal.nonferrous.precious")]
    [InlineData(null, "Mermer kırığı (nem %1 altında)", "23.70", "mineral.limestone.marble")] // “altında” (below) is no gold
    [InlineData("101399", "Kireç fırını baca gazı (250 °C; tozlu; ~1,5 MWth)", "23.52", "energy.heat")] // offered by its thermal power
    [InlineData("200140", "Su sayacı hurdası (pirinç gövde, plastik mekanizma ve cam)", "36.00", "metal.nonferrous.copper.brass")] // the code's metal, graded by the text
    [InlineData(null, "Paslanmaz döküm: nikel kaynağı olarak ostenitik 304/316 hurda", "24.52", "metal.ferrous.stainless.austenitic")] // a role before “olarak” is a purpose
    [InlineData(null, "Tuğla bünyesine kil ikamesi olarak arıtma çamuru", "23.32", "sludge")]
    [InlineData("020799", "Şarap filtrasyonu kullanılmış perlit keki", "11.02", "mineral.perlite")] // perlite is its own mineral
    [InlineData("030399", "Tissue fabrikası kısa selüloz lifi (boya ve mürekkepsiz)", "17.22", "paper")] // “boya ve mürekkepsiz”: free of both
    [InlineData("101203", "Karo fabrikası pres filtresi tozu (pişmemiş bünye tozu; kuru)", "23.31", "mineral.clay")] // the unfired body is clay
    [InlineData("101201", "Vitrifiye döküm çamuru artığı (kuru kırık)", "23.42", "mineral.clay")] // EWC 10 12 01 preparation mixture before firing
    [InlineData("020502", "Süt fabrikası AAT biyolojik fazla çamuru (%20 KM)", "10.51", "sludge.municipal")] // excess activated sludge is biological
    [InlineData("040299", "Denim yıkama kullanılmış pomza taşı (8-30 mm; kurutulmuş)", "13.30", "mineral.aggregate.lightweight.pumice")] // the stone, not the denim
    [InlineData(null, "Deterjan hammaddesi: LABSA %96 (alkilbenzen sülfonik asit)", "20.41", "chemical.organic")] // an organic sulphonic acid, no mineral acid
    [InlineData(null, "Solucan gübresi (vermikompost) üretimi: taze bitkisel besin materyali", "01.49", "biomass")] // worm compost takes organic feedstock, no manure
    [InlineData(null, "Tır brandası söküntüsü (PVC kaplı PES)", "49.41", "polymer.pvc.flexible")] // a tarpaulin is PVC-coated fabric
    [InlineData(null, "Kütüphaneden ayıklanan eski kitaplar (ciltli)", "85.42", "paper")]
    [InlineData("190902", "Baraj suyu arıtma alum çamuru (%30 KM)", "36.00", "sludge.metalhydroxide")] // aluminium hydroxide from coagulation
    [InlineData(null, "Aktif karbon üretiyoruz: hindistan cevizi kabuğu yerine sert meyve kabuğu", "20.59", "biomass")] // what the firm makes is no material it takes
    [InlineData(null, "Fide serası kullanılmış torf-perlit harcı", "01.30", "biomass.growingmedia")] // EN 13652
    [InlineData(null, "Kozmetik için ham ayçiçek mumu (yağ ve perlit ayırma bizde)", "20.42", "oil.wax")] // what the receiver separates out
    [InlineData("161002", "Data centre chilled-water return at 30-35 °C, ~1.2 MWth", "63.11", "energy.heat")]
    [InlineData("161002", "Kompresör soğutma suyu (65 °C; 400 kWth)", "28.13", "water.hot")] // hot water stays hot water
    [InlineData(null, "ikinci kalite NPK ve tek besin gübreleri alınır", "20.15", "fertiliser")] // straight fertilisers, EU 2019/1009 PFC 1(C)(I)(a)
    [InlineData("040222", "Needle-punched PET felt offcuts, 100 % polyester", "13.95", "textile.synthetic")] // a felt is a nonwoven (EN ISO 9092)
    [InlineData(null, "Akustik panel için PET keçe kırpıntısı", null, "textile.synthetic")]
    [InlineData(null, "Biber çekirdeği yağı için kuru biber çekirdeği", null, "biomass.stones")] // pressed for oil like kernels
    [InlineData("020304", "Red pepper flake plant: separated pepper seeds (dry)", "10.84", "biomass.stones")]
    [InlineData("020304", "Ceviz kırma tesisi sert kabuk unu (200 mesh)", "10.39", "biomass.green")] // nut shells, EN ISO 17225-1
    [InlineData("060314", "Demir(II) sülfat heptahidrat (FeSO4·7H2O %90)", "20.12", "chemical.ironsalt")]
    [InlineData(null, "Cr(VI) indirgemesi için demir(II) tuzu alınır", null, "chemical.ironsalt")] // no iron scrap
    [InlineData("060299", "Asetilen dolum tesisi karbür kireci çamuru (Ca(OH)2 ~%85)", "20.11", "mineral.lime")] // hydrated lime, EN 459-1
    [InlineData("020203", "Rendering tesisi Kategori 1 et-kemik unu (yöntem 1)", "38.21", "biomass.abp.meal")] // 142/2011 Annex I
    [InlineData(null, "Kanatlı unu (işlenmiş hayvansal protein)", null, "biomass.abp.meal")]
    [InlineData("100199", "Buhar kazanı baca gazı (doğal gaz; CO2 %9; 170 °C)", "13.30", "chemical.co2")] // the boiler is where the gas comes from
    [InlineData(null, "Geri kazanılmış PET flake", null, "polymer.pet")] // recovered, no boiler
    [InlineData("010408", "Dolomitik kireç taşı elek altı (CaCO3 %55, MgCO3 %40)", "08.11", "mineral.limestone")] // a carbonate liming material, EU 2019/1009 PFC 2
    [InlineData("020304", "Yonca peleti (küfsüz)", "10.91", "biomass.green")] // lucerne is a forage (EU feed catalogue 68/2013 12.1.6), not a food residue
    [InlineData(null, "lucerne hay bales", null, "biomass.green")]
    [InlineData("200201", "Kent ağacı kesimi çınar gövdesi (Ø60-90 cm; sağlıklı)", "81.30", "wood.clean.log")] // stemwood, whatever plant-tissue code (ISO 17225-1 1.1.3)
    [InlineData("020103", "Zeytin ağacı kütüğü (bahçe yenileme)", "01.26", "wood.clean.log")]
    [InlineData("200201", "Budama atığı dal ve yaprak", "81.30", "biomass.green.woody")] // prunings stay green waste, of its woody grade
    [InlineData("120199", "FR-4 bakır kaplı laminat kenar kesimi (cam-epoksi)", "26.12", "weee")] // the base material of circuit boards, not glass
    [InlineData("160214", "LiFePO4 battery packs (BMS logs, undamaged)", "46.69", "battery.liion")] // a log file is no log of wood
    [InlineData("101208", "Tuğla fabrikası pişmiş tuğla kırığı (harçsız)", "23.32", "mineral.cdw.ceramic")] // fired clay, not rubble of any kind
    [InlineData(null, "Terrakota saksı ve kiremit pişmiş ıskartası (kırmızı; sırsız)", "23.41", "mineral.cdw.ceramic")]
    [InlineData("101208", "Fırında çatlamış güveç ve testi (pişmiş kırmızı kil)", "23.41", "mineral.cdw.ceramic")] // fired clay is no raw clay
    [InlineData(null, "Asfalt kazıntısı (frezeleme; 0-22 mm)", "42.11", "mineral.cdw.asphalt")] // EN 13108-8 reclaimed asphalt
    [InlineData("060399", "Potasyum sülfat kristali (K2O %45)", "20.59", "fertiliser")] // EU 2019/1009 PFC 1(C)(I)
    [InlineData(null, "Fertiliser blender: potassium sulphate raw material", "20.15", "fertiliser")]
    [InlineData("180109", "Hospital pharmacy: expired non-cytotoxic medicines (blisters and boxes)", "86.10", "chemical.pharma")] // EWC 18 01 09
    [InlineData(null, "Lisanslı beraber yakma: tehlikesiz ilaç atığı kabul edilir", "23.51", "chemical.pharma")]
    [InlineData(null, "Zirai ilaç kalıntılı budama atığı", "01.24", "biomass.green.woody")] // a pesticide residue names no medicine
    [InlineData(null, "Hayvan barınağı: kulübe yatağı için eski havlu ve çarşaf alınır", "96.09", "textile")] // household linen (EWC 20 01 11)
    [InlineData(null, "Asfalt plenti: geri kazanılmış shingle (RAS)", "23.99", "mineral.cdw.asphalt")]
    [InlineData("170302", "Bitümlü karışım söküntüsü", "43.11", "mineral.cdw.asphalt")]
    [InlineData("170107", "Bina yıkıntısı beton ve tuğla karışık moloz", "43.11", "mineral.cdw")] // a mixture stays rubble
    [InlineData("010413", "Mermer blok kırığı ve moloz (kalsitik)", "08.11", "mineral.limestone.marble")] // rubble is the form of the named stone
    [InlineData(null, "Yıkım karışık moloz (alçı sıva ~%8; tuğla-beton)", "43.11", "mineral.cdw")]
    [InlineData(null, "Moloz (bina yıkımı)", "43.11", "mineral.cdw")] // rubble alone is demolition waste
    [InlineData("010413", "Oniks kesim kırığı (renkli)", "23.70", "mineral.limestone.marble")] // onyx marble is banded calcite (EN 12670)
    [InlineData("120199", "Duplex 2205 (1.4462) valve-body turnings", "28.14", "metal.ferrous.stainless")] // EN 10027-2 group 44: stainless
    [InlineData(null, "Dövme kalıp hurdası 1.2344 (H13)", "25.50", "metal.ferrous")] // group 23: tool steel
    [InlineData(null, "1.200 adet alüminyum profil", "25.50", "metal.nonferrous.aluminium.wrought.mgsi")]
    [InlineData("100999", "Yolluk ve besleyici (EN-GJS-400-15; kumu alınmış)", "24.51", "metal.ferrous")] // EN 1563 ductile cast iron
    [InlineData(null, "Ductile iron returns for the cupola", "24.51", "metal.ferrous")]
    [InlineData("150102", "BOPP etiket iskeleti (baskılı; akrilik yapışkanlı)", "18.12", "polymer.pp")] // the adhesive is no acrylic glass (EN 923)
    [InlineData(null, "Su bazlı boya: bağlayıcı olarak akrilik dispersiyon", "20.30", "chemical.paint")]
    [InlineData(null, "Akrilik levha kesim artığı", "22.29", "polymer.pmma")]
    [InlineData("140603*", "Rakle yıkama solventi (mürekkep katısı ~%10)", "18.12", "chemical.solvent")] // the ink's solids are a content of the solvent
    [InlineData("010408", "Bazalt ocağı 0-4 mm kırma kum (kuru; kil az)", "08.12", "mineral.stone")] // a little clay is a content
    [InlineData(null, "PU bağlı oyun alanı kaplaması üretiyoruz: kauçuk granül alınır", "22.19", "rubber")] // the binder is no material of its own
    [InlineData(null, "Çimento bağlı yonga levha kesim artığı", "16.21", "wood.treated")] // a bonded board, EN 634
    [InlineData("060299", "Off-grade carbon black N550, 20 t in big bags", "20.13", "carbon")] // ASTM D1765
    [InlineData(null, "Kauçuk karışım: N330 karbon siyahı ikamesi", "22.19", "carbon")]
    [InlineData("100908", "Alüminyum kokil dökümhanesi dökülmüş maça kumu (cold-box)", "24.53", "mineral.sand.foundry")] // the foundry's metal is its origin
    [InlineData(null, "Punta kaynak elektrod uçları (CuCrZr kep)", "29.10", "metal.nonferrous.copper")] // EN 1412 CW106C
    [InlineData(null, "Cu-ETP bara tornalama talaşı", "27.12", "metal.nonferrous.copper")]
    [InlineData(null, "CuZn39Pb3 otomat pirinci talaşı", "25.62", "metal.nonferrous.copper.brass")]
    [InlineData(null, "Rafineri amin ünitesi bozunmuş MDEA çözeltisi", "19.20", "chemical.organic")] // BREF REF amine treating
    [InlineData(null, "Vakum tuzu stok fazlası (topaklanmış)", "13.30", "chemical.inorganic")] // EN 973
    [InlineData(null, "Peynir salamurası (%12 NaCl)", "10.51", null)] // a brine names its salt as content, not as the material
    [InlineData(null, "Sfero döküm indüksiyon ocağı için karbon verici", "24.51", "carbon")] // the foundry is where it goes, not the material // a thousands group is no steel number
    [InlineData(null, "Narenciye pektini üretiyoruz: taze veya kurutulmuş kabuk (albedo) alınır", "10.89", "biomass.food")] // citrus peel, not bark
    [InlineData("160509", "Nem almış boraks dekahidrat (Na2B4O7·10H2O %99)", "46.75", "chemical.inorganic")] // Eti Maden borates
    [InlineData(null, "Ahşap emprenye: boraks veya borik asit alınır", "16.10", "chemical.inorganic")] // boric acid is a boron source, not an acid
    [InlineData("070213", "PE-RT yerden ısıtma borusu ekstrüzyon firesi", "22.21", "polymer.pe.ldpe")] // ISO 22391 linear copolymer
    [InlineData("050116", "Sınıf dışı granül kükürt (%99,8 S)", "19.20", "chemical.sulphur")] // Claus sulphur (BREF REF)
    [InlineData("190699", "Biyogaz tesisi biyolojik kükürt giderme elementel kükürt keki (S ~%60)", "35.21", "chemical.sulphur")]
    [InlineData(null, "Sülfürik asit üretimi için kükürt hammaddesi", "20.13", "chemical.sulphur")] // the purpose is the acid
    [InlineData(null, "Gübre karıştırma tesisi: fosfor ve azot kaynağı olarak MAP içerikli hammadde", "20.15", "fertiliser")] // a fertiliser blender, no manure
    [InlineData(null, "Matbaa: makine temizliği için emici, tüy bırakmayan silme bezi arıyoruz", "18.12", "textile")] // lint-free names no feather
    [InlineData("020399", "Zeytinyağı fabrikası yaprak ve dal (yıkama öncesi ayrılmış)", "10.41", "biomass.green.woody")] // the mill is the origin
    [InlineData(null, "Yaprak yay üretimi ıskarta lamaları (51CrV4)", "29.32", "metal.ferrous")] // a leaf spring is steel: 'yaprak' alone names no leaves
    [InlineData(null, "Sodik toprak ıslahı: kalsiyum sağlayan toprak düzenleyici (jips) alınır", "01.11", "mineral.gypsum")] // the soil is what is reclaimed
    [InlineData(null, "Gri su bazlı boya (iade boyalardan birleştirilmiş; IBC'de)", "20.30", "chemical.paint")] // a water-based paint, no water
    [InlineData(null, "Su bazlı boya tank yıkama suyu (lateks + pigment)", "20.30", "chemical.paint")]
    [InlineData(null, "Reaktif boyama sonrası yıkama suyu", "13.30", "water")] // dyeing (boyama) is no paint
    [InlineData("020299", "Kırık ve çatlak yumurta (paketleme tesisi, kabuklu)", "10.89", "biomass.abp")] // EC 1069/2009 Art. 10(f): eggs are Category 3, no bark
    [InlineData(null, "Yaş mama hattı: Kategori 3 yumurta ürünü alırız", "10.92", "biomass.abp")]
    [InlineData(null, "Yumurta tavuğu yemi: kalsiyum kaynağı kalker grit", "10.91", "mineral.limestone")] // a laying hen is no egg
    [InlineData("110198", "Kaplama hattı tükenmiş altın banyosu (potasyum altın siyanür)", "25.61", "metal.nonferrous.precious")] // the plating code confirms the gold
    [InlineData("150202", "Oto boya kabini tavan filtreleri (cam elyaf ve polyester; boya yüklü)", "45.20", "absorbent")] // EWC 15 02 02: a filter material, no glass wool
    [InlineData("150202", "Yağlı toprak ve kum (sızıntı temizliği)", null, "mineral.oily")]
    [InlineData(null, "Kontamine bez ve eldiven (solvent bulaşıklı)", null, "absorbent")]
    [InlineData(null, "Mooring ropes, HMPE/Dyneema 64 mm", null, "polymer.pe.uhmw")]
    [InlineData(null, "Temiz HDPE kırığı, altında %1 nem", null, "polymer.pe.hdpe")] // "altında" (under) is no gold
    [InlineData(null, "Ship hull zinc anodes (Zn-Al-Cd; steel straps cut off)", null, "metal.nonferrous.zinc")] // a part taken off is no material of the stream
    [InlineData(null, "Eski PA6 balık ağı (kurşun yakası ayrılmış)", null, "polymer.pa")]
    [InlineData(null, "Otomotiv titreşim takozu kauçuk ıskartası (NR/SBR; metal insert sökülmüş)", null, "rubber")]
    [InlineData(null, "PVB interlayer separated from laminated windscreens", null, "polymer.pvb")] // separated from the glass, it is the stream
    [InlineData(null, "Zeytin çekirdeği (pirinadan ayrılmış; kuru)", null, "biomass.stones")]
    [InlineData("080113", "Su perdeli boya kabini çamuru (solvent bazlı, %40 su)", "29.32", "chemical.paint")] // EWC 08 01 13: sludge of paint
    [InlineData("080416", "Yapıştırıcı fabrikası nişasta bazlı (dekstrin) tutkal hattı yıkama suyu (~%4 katı)", "20.52", "biomass.liquid")] // starch is readily digested
    [InlineData("161002", "Şeker fabrikası kazan blöf suyu", "35.11", "water")] // the sugar works is where it comes from
    [InlineData(null, "XPS levha ekstrüzyonu: yalnız polistiren (GPPS/EPS) kırığı; SAN ve ABS karışımı hücre yapısını bozar", "22.21", "polymer.ps")] // the only one taken
    [InlineData(null, "Need: only PP regrind; PE and PS spoil the batch", null, "polymer.pp")]
    [InlineData("100103", "Pide fırını odun külü (yalnız meşe; elenmiş; kuru)", "56.10", "mineral.ash.biomass")] // the "only" describes the ash's wood
    [InlineData("190999", "Kullanılmış filtre antrasiti (0,8-1,6 mm; sabit C ~%88)", "36.00", "fuel.coal")] // EN 12909
    [InlineData("070213", "PP kopolimer sandalye ıskartası (yeşil, antrasit; MFI ~12)", "22.29", "polymer.pp")] // anthracite grey is a colour
    [InlineData("101399", "Topaklanmış çimento (CEM II 42,5; nemlenmiş; kırılabilir)", "23.51", "mineral.cement")] // EN 197-1
    [InlineData(null, "Paketleme hattı dökülmüş çimento (CEM II/A-M; kuru)", "23.51", "mineral.cement")]
    [InlineData("101399", "Çimento değirmeni aşınmış yüksek kromlu öğütme bilyesi", "23.51", "metal.ferrous")] // the cement code names no cement
    [InlineData("020304", "Sera domates ıskartası (çatlak, küçük; taze), Dikili jeotermal sera", "01.13", "biomass.food")] // the greenhouse is heated, the stream is produce
    [InlineData(null, "Jeotermal akışkan, 95 °C, Balçova", "35.30", "energy.heat")]
    [InlineData("160509", "Gübre bayisi nemden taşlaşmış potasyum nitrat (13-0-46)", "46.75", "fertiliser")] // the dealer sells fertiliser: no manure
    [InlineData(null, "Sıvı gübre üretimi: azot kaynağı lazım; suda çözüp UAN ve yaprak gübresi yapıyoruz", "20.15", "fertiliser")] // foliar fertiliser
    [InlineData(null, "Sodyum hipoklorit hedef dışı parti (aktif klor %9; IBC'de)", "20.13", "chemical.hypochlorite")] // EN 901
    [InlineData("070213", "Boatyard: cured polyester/E-glass laminate trimmings from hull moulding", "30.12", "polymer.composite")]
    [InlineData(null, "Polimer beton: dolgu olarak öğütülmüş cam elyaf kompozit (CTP) alınır", "23.69", "polymer.composite")] // no glass wool
    [InlineData("170203", "Halı karo söküntüsü (PA6 hav, bitüm sırtlı; yapıştırıcı kalıntılı)", "43.33", "polymer.pa")] // the adhesive is left on the tiles
    [InlineData("040199", "Tuzlu ham sığır derisi kenar kırpıntısı (kafa-bacak; kıllı)", "15.11", "leather.rawhide")] // the animal between the grade and the hide
    [InlineData("160509", "Stok fazlası sentetik tanen ve akrilik retenaj maddesi (açılmamış torba)", "15.11", "chemical.tanning")] // BREF TAN §2.8, no synthetic textile
    [InlineData(null, "Tabakhane: ikinci kalite veya miadı geçmiş retenaj kimyasalı alınır", "15.11", "chemical.tanning")]
    [InlineData("020699", "Eski kararmış kuluçka peteği (balmumu)", "01.49", "oil.wax")] // EU 142/2011: beeswax
    [InlineData("020202", "Tavuk ayağı (pençe; haşlanmış; Kategori 3)", "10.12", "biomass.abp")]
    [InlineData("070213", "LVT (vinil zemin kaplama) kesim firesi", "22.23", "polymer.pvc")] // EN ISO 10582
    [InlineData("200199", "Otel odalarından toplanmış kullanılmış sabun kalıpları", "55.10", "chemical.organic")]
    [InlineData("120199", "Tel çekme tezgahı eski çekme sabunu (kuru toz)", "25.93", "oil.mineral")] // a drawing lubricant, no washing soap
    [InlineData("191004", "Shredder hafif fraksiyonu (ASR; tehlikesiz)", "38.32", "polymer.mixed")]
    [InlineData("020107", "Bağ yenileme: sökülen yaşlı asma kütükleri ve kalın kökler (kurumuş)", "01.21", "biomass.green.woody")] // EN ISO 17225-1 vineyard wood
    [InlineData("010411", "Tuzla elek üstü iri kaba tuz (5-15 mm; NaCl %95; iyotsuz)", "08.93", "chemical.inorganic")] // the rock-salt code confirms salt
    [InlineData(null, "Biyogaz tesisi: metan verimi için karbonhidratça zengin tarımsal ıskarta alınır; kabuklu olabilir", "35.21", "biomass")] // no bark asked for
    public void Resolve_CodeDescriptionAndNace_Material(string? code, string description, string? nace, string? expected) =>
        Assert.Equal(expected, Key(code, description, nace));

    [Theory]
    [InlineData(null, "talaş", null)]
    [InlineData(null, "kırpıntı", null)]
    [InlineData(null, "yıkama hattı bakım", "20.11")]
    [InlineData(null, "washing line", null)]
    [InlineData(null, "Konveyör zinciri ve dişli", null)]
    [InlineData(null, "Arıtma çökeltisi", null)]
    [InlineData(null, "Balık kafesi demirlemesi için en az 1 t ağırlık", "03.21")] // mooring (demirleme) is no iron
    [InlineData(null, "", null)]
    public void Resolve_NothingDecides_Unknown(string? code, string description, string? nace) =>
        Assert.Null(Key(code, description, nace));

    [Theory]
    [InlineData(null, "PVC profil kırığı", null, "temiz PE kırığı")]
    [InlineData("120101", "çelik talaşı", null, "alüminyum talaşı")]
    [InlineData("170405", "ferrous scrap", null, "aluminium turnings")]
    [InlineData("150102", "PET şişe", null, "clean PE regrind")]
    [InlineData("150101", "karton", null, "temiz PE kırığı")]
    [InlineData("100202", "çelikhane cürufu", null, "lastik türevli yakıt (TDF)")]
    [InlineData("100102", "uçucu kül", null, "TDF")]
    [InlineData("100210", "tufal", null, "tyre-derived fuel")]
    [InlineData("100210", "mill scale", null, "döküm kumu")]
    [InlineData("160804", "spent catalyst", null, "kompost hammaddesi")]
    [InlineData("150107", "cam şişe", null, "plastik hammadde")]
    [InlineData("150101", "oluklu karton", null, "plastic regrind")]
    [InlineData("150101", "", "150102", "")]
    [InlineData("060314", "", null, "alternatif yakıt")]
    [InlineData(null, "atık kağıt", null, "biyokütle yakıt")]
    [InlineData("160605", "lityum iyon batarya hurdası", null, "EAF için ağır hurda")]
    [InlineData("200134", "atık pil", null, "ek yakıt")]
    [InlineData("020399", "Zeytinyağı tank dibi tortusu (mürg)", null, "madeni yağ rejenerasyonu için motor yağı")] // vegetable oil is no base-oil feed
    [InlineData("130205", "atık motor yağı", null, "biyodizel için bitkisel atık yağ")]
    [InlineData("150107", "renksiz cam şişe", null, "float cam hattı için düz cam kırığı")] // a float line takes flat cullet only
    [InlineData("160118", "Aluminium alloy wheels (A356 cast alloy)", null, "Ekstrüzyon billeti için 6060 profil hurdası")] // Si-rich casting alloy
    [InlineData("120103", "ADC12 pres döküm çapağı", null, "Need: 99.5% aluminium (EC grade) scrap for conductor rod")]
    [InlineData("100202", "Kırılmış EAF cürufu 4-22 mm", null, "Hafif beton blok üretimi için pomza/genleştirilmiş kil agregası")] // a heavy aggregate
    [InlineData("030105", "Melamin kaplı sunta kırpıntısı", null, "Pelet için temiz testere talaşı")] // ISO 17225: untreated wood only
    [InlineData("100202", "Pota fırını cürufu (LF beyaz cüruf; toz halinde)", null, "Asfalt için sert kırma agrega")] // ladle slag dusts and swells
    [InlineData("101112", "Borosilikat laboratuvar camı firesi", null, "Soda-kireç cam ambalaj fırını için renk ayrılmış kırık")]
    [InlineData("170604", "Cam yünü yalıtım söküntüsü (bağlayıcılı)", null, "Cam ambalaj üretimi için şişe camı kırığı")]
    [InlineData("170411", "Fiber optik kablo hurdası (cam lif ve PE kılıf)", null, "Kablo granülasyonu için bakır kablo")] // no metal conductor
    [InlineData("100101", "linyit taban külü", null, "çimento fırını için ek yakıt")] // only an oil-bearing mineral burns in part
    [InlineData("070213", "PBT-GF30 konnektör yolluğu", null, "elyaf için şişe kalitesi PET kırığı")] // another polyester
    [InlineData("150102", "PET 19 L damacana kırığı", null, "Öğütülmüş polikarbonat (PC) regrind")] // ISO 1043-1: different polymers
    [InlineData("120101", "HSS freze hurdası (M2 yüksek hız çeliği)", null, "Sert metal hurda alımı: tungsten karbür uç")] // tool steel is no hardmetal
    [InlineData(null, "Tungsten karbür uç hurdası", null, "Çelikhane için ağır hurda")]
    [InlineData("070213", "Yumuşak PVC hortum firesi (DOP'lu)", null, "PVC-U boru için plastifiyansız sert PVC")] // EN 1401-1: unplasticised
    [InlineData("070213", "TPR taban yolluğu", null, "Boru orta katmanı için öğütülmüş sert U-PVC")] // ISO 18064: a TPE is no PVC
    [InlineData("070213", "Bakalit (fenolik reçine) pres çapağı", null, "Enjeksiyon için eritilebilir PP/PE regrind")] // ISO 472: a thermoset does not melt
    [InlineData("070213", "PETG levha kırpıntısı", null, "Şişe kalitesi PET pul")] // APR: PETG sticks in PET drying
    [InlineData("120103", "AZ91 magnezyum talaşı", null, "Alüminyum talaşı alınır")] // EN 1753: magnesium is kept apart
    [InlineData("160120", "Kırık vitroseramik ocak camı", null, "Renksiz cam şişe kırığı (ambalaj camı fırını)")] // EU 1179/2012: a banned impurity
    [InlineData("101112", "Opal süt camı tabak kırığı", null, "Renksiz ambalaj camı fırını için harici cam kırığı")] // BREF GLS §2.7: fluoride opal clouds the melt
    [InlineData("101112", "Opal glass tableware cullet", null, "Float cam hattı için düz cam kırığı")]
    [InlineData("170402", "5754 sac iskeleti", null, "Billet dökümü için 6063 profil hurdası")] // EN 573-3: Mg of 5xxx over the 6xxx limit
    [InlineData("170402", "6082 profil kırpıntısı", null, "İletken filmaşin için EC kalite saf alüminyum")] // EN 1715-1: 99.5 % Al
    [InlineData("120103", "7075 uçak parçası talaşı", null, "6060 profil hurdası")]
    [InlineData("070213", "PVC kenar bandı firesi", null, "ABS enjeksiyonu için ABS regrind")] // ISO 1043-1: another polymer
    [InlineData("120117", "Garnet kumlama kumu", null, "Şişe camı fırını için renksiz cam kırığı")] // EU 1179/2012: no non-glass
    [InlineData("070299", "Vulkanize EPDM profil kırpıntısı", null, "TPE enjeksiyonu için eritilebilir termoplastik elastomer")] // vulcanised rubber does not melt
    [InlineData("020601", "Şurup tankı yıkama suyu (şekerli)", null, "Çimento fırını için alternatif yakıt")] // a liquid has no calorific value to burn
    [InlineData("160509", "Anyonik poliakrilamid flokülant (mermer atıksuyu için)", null, "Belt-pres çamur susuzlaştırma için katyonik polimer")] // polymer charge: organic sludge needs a cationic one
    [InlineData("070213", "Buzdolabı kapı köpükleme taşıntısı (sert PU)", null, "Rebond sünger preslemesi: esnek PU sünger kırpıntısı")] // rigid foam is not rebonded
    [InlineData("200139", "HMPE (Dyneema) römorkör halatı, kopmuş", null, "Enjeksiyon kasa için eritilebilir HDPE kırığı (MFI 4-8)")] // ISO 11542-1: no melt flow
    [InlineData("150202", "Boya kabini filtresi (boya yüklü)", null, "Ekstrüzyon için temiz PE kırığı")]
    public void Relation_IncompatibilitiesOfTheIssue_Hard(string? offerCode, string offer, string? needCode, string need)
    {
        var r = Catalog.Relation(Catalog.Resolve(offerCode, offer, null), Catalog.ResolveNeed(needCode, need, null));

        Assert.Equal(MaterialRelationKind.Hard, r.Kind);
        Assert.Equal(0, r.Factor);
        Assert.False(string.IsNullOrWhiteSpace(r.ReasonTr));
        Assert.False(string.IsNullOrWhiteSpace(r.Source));
    }

    [Theory]
    [InlineData("160103", "atık lastik", "lastik türevli yakıt", MaterialRelationKind.Accepted)]
    [InlineData("100102", "uçucu kül", "alternatif hammadde", MaterialRelationKind.Same)]
    [InlineData(null, "LDPE streç film", "PE regrind", MaterialRelationKind.Same)]
    [InlineData("170402", "alüminyum profil hurdası", "aluminium scrap", MaterialRelationKind.Same)]
    [InlineData("100210", "tufal", "klinker hammaddesi", MaterialRelationKind.Accepted)]
    [InlineData(null, "pirina", "alternatif yakıt", MaterialRelationKind.Accepted)]
    [InlineData("100202", "çelikhane cürufu", "yol alt temel agregası", MaterialRelationKind.Accepted)]
    [InlineData("070108", "", "alternatif yakıt", MaterialRelationKind.Accepted)]
    [InlineData(null, "PET şişe kırığı", "polyester elyaf", MaterialRelationKind.Accepted)]
    [InlineData("120102", "demir taşlama tozu", "çimento farini için demir düzeltici", MaterialRelationKind.Accepted)]
    [InlineData("100202", "çelikhane cürufu", "klinker için demir düzeltici hammadde", MaterialRelationKind.Accepted)]
    [InlineData(null, "çelikhane cürufu", "granüle yüksek fırın cürufu", MaterialRelationKind.Soft)]
    [InlineData("100103", "odun yakan kazan uçucu külü", "EN 450-1 uçucu kül", MaterialRelationKind.Soft)] // biomass ash is no EN 450-1 fly ash
    [InlineData(null, "plastik", "PE regrind", MaterialRelationKind.Broader)]
    [InlineData(null, "kayın-meşe odun unu", "WPC (ahşap-plastik kompozit) deck profili üretimi", MaterialRelationKind.Accepted)] // EN 15534-1
    [InlineData(null, "budama yongası", "Biyokütle kazanı için odun yongası", MaterialRelationKind.Accepted)] // EN ISO 17225-1 1.1.7
    [InlineData(null, "Claus ünitesi aktif alümina katalizör", "Klinker farini alümina düzeltici", MaterialRelationKind.Accepted)]
    [InlineData(null, "Cam kenar taşlama tozu (soda-kireç cam)", "Betonda puzolan katkı", MaterialRelationKind.Accepted)] // ASTM C1866
    [InlineData(null, "Gübre seperatörü katı fraksiyonu", "Süt sığırı ahırı için altlık malzemesi", MaterialRelationKind.Accepted)]
    [InlineData("070608*", "Damıtma dip ürünü (ağır organikler; 7000 kcal/kg)", "Lisanslı ATY hazırlama tesisi: yüksek kalorili atık", MaterialRelationKind.Accepted)]
    [InlineData("080312*", "Flekso solvent bazlı mürekkep artığı (etil asetat)", "Lisanslı solvent rejenerasyonu: atık solvent alınır", MaterialRelationKind.Accepted)]
    [InlineData("010413", "Granit kesim çamuru (kuvars-feldspat)", "Tuğla harmanını yağsızlaştırmak için plastik olmayan ince mineral katkı", MaterialRelationKind.Accepted)]
    [InlineData("140602", "", "alternatif yakıt", MaterialRelationKind.Soft)]
    [InlineData(null, "PVC kablo kılıfı", "ATY", MaterialRelationKind.Soft)]
    [InlineData("200125", "atık kızartma yağı", "biyodizel için bitkisel atık yağ", MaterialRelationKind.Same)]
    [InlineData("161104", "MgO-C refrakter söküntüsü", "cüruf köpürtme için dolomit/manyezit katkısı", MaterialRelationKind.Accepted)]
    [InlineData("191204", "CTP (cam elyaf takviyeli polyester) parçaları", "çimento fırını için alternatif hammadde", MaterialRelationKind.Accepted)]
    [InlineData("120103", "alüminyum talaşı", "alüminyum pres döküm için ingot ve talaş", MaterialRelationKind.Accepted)] // a casting smelter takes any class
    [InlineData("170504", "Hafriyat toprağı (killi)", "Tuğla fabrikası için kil hammaddesi", MaterialRelationKind.Accepted)]
    [InlineData("170504", "Killi toprak (temiz; temel kazısından)", "Düzenli depolama sahası günlük örtüsü için temiz toprak", MaterialRelationKind.Same)] // clayey soil is soil
    [InlineData("110110", "Alüminyum eloksal arıtma çamuru", "Çimento farini için alümina düzeltici alternatif hammadde", MaterialRelationKind.Accepted)]
    [InlineData("190902", "Su arıtma tesisi alum çamuru", "Tuğla üretimi için kil katkısı", MaterialRelationKind.Accepted)]
    [InlineData("101314", "Hazır beton yıkama çamuru (çimento hamuru ve kum)", "Klinker farini silis düzeltici", MaterialRelationKind.Accepted)] // BREF CLM §1.2.4.1 Si-Al-Ca group
    [InlineData("190901", "Havuz filtre kumu (silis; yıkanmış)", "Need: SiO2 corrector for raw meal", MaterialRelationKind.Accepted)] // BREF CLM §1.2.2: sand
    [InlineData("020202", "Poultry feathers (wet)", "Need: white fish offal for fishmeal", MaterialRelationKind.Broader)] // fishmeal is made of fish
    [InlineData("170402", "6063 alüminyum profil hurdası", "alüminyum pres döküm hammaddesi", MaterialRelationKind.Accepted)]
    [InlineData("170402", "alüminyum hurda", "6060 profil hurdası", MaterialRelationKind.Broader)] // an extrusion plant must know the class
    [InlineData("101206", "Kullanılmış alçı kalıp kırığı (sertleşmiş)", "Priz yapan bağlayıcı alçı (hemihidrat)", MaterialRelationKind.Broader)] // EN 13279-1: set plaster must be calcined again
    [InlineData("101206", "Off-spec sıva alçısı torbaları", "Çimento priz düzenleyici alçı taşı", MaterialRelationKind.Same)] // a binder is still calcium sulfate
    [InlineData("020304", "şeftali çekirdeği", "buhar kazanı için katı yakıt", MaterialRelationKind.Accepted)] // EN ISO 17225-1 fruit biomass
    [InlineData("020304", "zeytin çekirdeği", "biyokütle yakıt", MaterialRelationKind.Accepted)]
    [InlineData(null, "fındık kabuğu", "kazan için yakıt", MaterialRelationKind.Accepted)]
    [InlineData("040221", "kirli yapağı (yıkanmamış)", "keratinli gübre için hayvansal yan ürün", MaterialRelationKind.Accepted)] // untreated wool is Category 3 ABP
    [InlineData("050115", "kullanılmış filtre kili (yağlı)", "çimento fırını için ek yakıt", MaterialRelationKind.Accepted)]
    [InlineData("150202", "yağlı absorban ve bez", "ek yakıt hazırlama", MaterialRelationKind.Accepted)]
    [InlineData("101304", "sönmemiş kireç tozu", "nötralizasyon için alkali", MaterialRelationKind.Accepted)]
    [InlineData("130502", "yağ ayırıcı çamuru", "lisanslı atık yağ geri kazanımı", MaterialRelationKind.Accepted)]
    [InlineData("130502", "yağ ayırıcı çamuru", "çimento fırını için ek yakıt", MaterialRelationKind.Accepted)]
    [InlineData("030101", "çam kabuğu", "fidanlık için malç", MaterialRelationKind.Accepted)]
    [InlineData("020399", "Tütün işleme damar kırığı ve toz (nikotinli)", "Kompost tesisi: bitkisel atık alınır", MaterialRelationKind.Accepted)] // nicotine breaks down in composting
    [InlineData("200201", "Park ağacı gövde odunu", "Yeşil atık kompost tesisi", MaterialRelationKind.Accepted)] // Kompost Tebliği Ek-1 woody input
    [InlineData("200201", "Kent ağacı kesimi çınar gövdesi", "Masif ağaç tabla masa üretimi için ahşap", MaterialRelationKind.Same)]
    [InlineData("120199", "FR-4 bakır kaplı laminat kesimi", "PCB kırma-ayırma: bakır geri kazanımı", MaterialRelationKind.Accepted)]
    [InlineData("180109", "Miadı dolmuş ilaç (tehlikesiz; kutulu)", "Çimento fırını için ek yakıt", MaterialRelationKind.Accepted)] // BREF CLM §1.2.4.3
    [InlineData("101208", "Pişmiş tuğla kırığı (fabrika ıskartası)", "Horasan harcı için puzolan katkı", MaterialRelationKind.Accepted)] // EN 197-1 §5.2.3.2 calcined clay
    [InlineData("050116", "Rafineri elementel kükürt granülü", "Gübre üreticisi: kükürtlü toprak düzenleyici hammaddesi", MaterialRelationKind.Accepted)] // EU 2019/1009 PFC 1(C)(I)
    [InlineData("160605", "Hibrit araç NiMH batarya modülleri (sökülmüş)", "Lisanslı geri kazanım: nikel (NiMH)", MaterialRelationKind.Accepted)] // nickel from spent batteries
    [InlineData("101208", "Buji seramik izolatör ıskartası (pişmiş alümina %95)", "Klinker farini alüminyum düzeltici", MaterialRelationKind.Accepted)]
    [InlineData("170101", "Beton kırığı (donatısız)", "Horasan harcı için puzolan katkı", MaterialRelationKind.Soft)] // hydrated concrete is no pozzolana: only the general mineral rule
    [InlineData("100908", "atık döküm kumu", "depolama sahası günlük örtü malzemesi", MaterialRelationKind.Accepted)] // the landfill-cover function takes foundry sand
    [InlineData("110106", "Tükenmiş eloksal asidi (H2SO4; Al 15 g/L)", "Koagülant üretimi için alüminyum sülfat hammaddesi", MaterialRelationKind.Accepted)]
    [InlineData("101306", "Çimento fırını tozu", "Arıtma çamuru stabilizasyonu için sönmüş kireç", MaterialRelationKind.Accepted)] // CKD holds free lime
    [InlineData("101306", "Kiln dust", "Çamur katılaştırma için bağlayıcı (CKD)", MaterialRelationKind.Same)]
    [InlineData("110502", "Galvaniz külü", "Toz boya için metalik çinko tozu", MaterialRelationKind.Soft)] // zinc dust is distilled zinc
    [InlineData("110502", "Zinc ash", "Zinc dust for cementation", MaterialRelationKind.Soft)]
    [InlineData("110502", "Galvaniz külü", "Çinko oksit üretimi için çinko içerikli hammadde", MaterialRelationKind.Same)] // ash is a zinc raw material
    [InlineData(null, "Metalik çinko tozu (eski stok)", "Çinko hurdası", MaterialRelationKind.Same)] // zinc dust is zinc
    [InlineData("020199", "Spent mushroom compost", "Bağ için organik toprak düzenleyici", MaterialRelationKind.Accepted)] // EN 13652 soil improver
    [InlineData("020109", "Fidanlık saksı toprağı artığı", "Kompost tesisi için yeşil atık", MaterialRelationKind.Accepted)]
    [InlineData("190114", "Arıtma çamuru mono yakma külü (P2O5 %18)", "Fosforlu gübre üretimi için hammadde", MaterialRelationKind.Accepted)] // EU 2021/2088 CMC 13
    [InlineData("020399", "Kakao kabuğu", "Park alanları için malç", MaterialRelationKind.Accepted)] // EN 13652 organic constituent
    [InlineData("020601", "Şekerleme hattı şurup tankı yıkama suyu", "Biyogaz tesisi: organik atık", MaterialRelationKind.Same)] // liquid substrate
    [InlineData("020502", "Peynir altı suyu permeatı", "Fermantasyon için şekerli sıvı", MaterialRelationKind.Accepted)] // whey is sugary liquid
    [InlineData("161002", "Sıcak atık flotte (65 °C)", "Eşanjörle atık ısı geri kazanımı", MaterialRelationKind.Accepted)] // BREF ENE §3.3
    [InlineData("100903", "Kupol cürufu (granüle)", "Taş yünü hammaddesi", MaterialRelationKind.Accepted)] // BREF GLS §2.9
    [InlineData(null, "Don yağı (eritilmiş)", "Biyodizel için atık bitkisel yağ", MaterialRelationKind.Accepted)] // 142/2011 Annex IV
    [InlineData("040101", "Etlenme artığı", "Hayvansal yağ eldesi (eritme)", MaterialRelationKind.Accepted)] // rendering
    [InlineData("110109", "Galvaniz arıtma çamuru (Zn-Fe hidroksit)", "Waelz fırını için çinko hammaddesi", MaterialRelationKind.Accepted)] // BREF NFM §6.1.2.2
    [InlineData("170402", "1050 saf alüminyum levha kırpıntısı", "6063 profil biyeti için hurda", MaterialRelationKind.Accepted)] // EN 573-3: pure Al dilutes any alloy
    [InlineData("170402", "6060 profil hurdası", "Alüminyum profil ekstrüzyonu için hurda", MaterialRelationKind.Same)]
    [InlineData("191204", "Buzdolabı iç kabin HIPS", "HIPS/ABS geri dönüşüm granülü", MaterialRelationKind.Accepted)] // EN 50625-3-1 styrenic fraction
    [InlineData("191204", "ABS ev aleti kasası kırığı", "ABS/HIPS granül", MaterialRelationKind.Accepted)]
    [InlineData("020202", "Salted cattle hides, Category 3", "Tabakhane: tuzlu ham deri", MaterialRelationKind.Accepted)] // EC 1069/2009 Art. 10(b)(iii)
    [InlineData("150102", "EPS ambalaj köşe takozu (temiz)", "Yalıtım sıvası için hafif agrega", MaterialRelationKind.Accepted)] // EN 998-1 EPS renders
    [InlineData("100101", "Çeltik kavuzu külü (amorf silis)", "Beton katkısı için puzolan", MaterialRelationKind.Accepted)] // ACI 232.1R-12
    [InlineData("020303", "Yağı alınmış kuru pirina", "Buhar kazanı için biyokütle yakıt", MaterialRelationKind.Accepted)] // EN ISO 17225-1 fruit biomass
    [InlineData("150103", "Ahşap palet kırığı (boyasız)", "Emprenyeli ve boyalı ahşap kabul eden yonga levha hattı", MaterialRelationKind.Accepted)] // BREF WBP §2.2.1
    [InlineData("160216", "Yüksek dereceli elektronik kart hurdası", "Platin, paladyum ve gümüş geri kazanım", MaterialRelationKind.Accepted)] // BREF NFM 2017 ch. 7
    [InlineData("101299", "Perlit genleştirme tesisi siklon tozu", "Katkılı çimento için doğal puzolan", MaterialRelationKind.Accepted)] // EN 197-1 §5.2.3
    [InlineData("020199", "Seradan kullanılmış perlit", "Saksı toprağı karışımı (yetiştirme ortamı)", MaterialRelationKind.Accepted)] // EN 13652
    [InlineData("040299", "Kullanılmış pomza taşı", "Saksı toprağı karışımı (yetiştirme ortamı)", MaterialRelationKind.Accepted)]
    [InlineData("040299", "Kullanılmış pomza taşı", "Katkılı çimento için doğal puzolan", MaterialRelationKind.Accepted)] // EN 197-1 §5.2.3
    [InlineData("040299", "Kullanılmış pomza taşı", "Hafif beton agregası (hafif agrega)", MaterialRelationKind.Same)] // EN 13055
    [InlineData("020799", "Kullanılmış perlit filtre keki", "Farin silis düzeltici", MaterialRelationKind.Accepted)]
    [InlineData("160801", "Atık otomotiv katalizörü (seramik monolit)", "Platin ve paladyum geri kazanım", MaterialRelationKind.Accepted)]
    [InlineData("160801", "Kullanılmış gümüş katalizör", "Atık katalizör geri kazanım tesisi", MaterialRelationKind.Accepted)]
    public void Relation_CompatiblePairs_ExpectedKind(string? offerCode, string offer, string need, MaterialRelationKind expected)
    {
        var r = Catalog.Relation(Catalog.Resolve(offerCode, offer, null), Catalog.ResolveNeed(null, need, null));

        Assert.Equal(expected, r.Kind);
        Assert.True(r.Factor > 0);
    }

    [Theory]
    [InlineData("Fren balatası üretim ıskartası", "Rejenere sürtünme malzemesi", MaterialCatalog.SameGrade)] // friction material has no grades
    [InlineData("Granül üre tozu", "Gübre hammaddesi", MaterialCatalog.SameGrade)]
    [InlineData("Bilgisayar hurdası (çalışmaz)", "AEEE geri kazanım tesisi", MaterialCatalog.SameGrade)]
    [InlineData("LDPE streç film", "PE regrind", MaterialCatalog.SameGrade)] // a grade
    [InlineData("Metal hurda", "Karışık metal hurda", MaterialCatalog.SameFamily)] // a family of many grades: which one is open
    [InlineData("Atık plastik", "Plastik", MaterialCatalog.SameFamily)]
    public void Relation_SameMaterial_IsWorthAGradeWhenTheNeedNamesAMaterialWithoutGrades(string offer, string need, double expected)
    {
        var r = Catalog.Relation(Catalog.Resolve(null, offer, null), Catalog.ResolveNeed(null, need, null));

        Assert.Equal((MaterialRelationKind.Same, expected), (r.Kind, r.Accept));
    }

    [Theory]
    [InlineData(null, "plastik", "PE regrind")]
    [InlineData(null, "metal hurda", "alüminyum talaşı")]
    [InlineData(null, "atık kağıt", "OCC oluklu mukavva")]
    public void Relation_OfferNamesOnlyTheFamilyOfTheNeedsGrade_IsBroader_LowersTheValue_AndSaysWhyInEachLanguage(string? offerCode, string offer, string need)
    {
        var (o, n) = (Catalog.Resolve(offerCode, offer, null), Catalog.ResolveNeed(null, need, null));
        Assert.True(Catalog.IsUnder(n, o) && n != o, $"{Catalog.Get(o).Key} → {Catalog.Get(n).Key}");

        var r = Catalog.Relation(o, n);

        Assert.Equal((MaterialRelationKind.Broader, MaterialCatalog.BroaderFactor), (r.Kind, r.Factor));
        Assert.InRange(r.Factor, 0.01, 0.99);
        Assert.Contains(Catalog.Get(n).NameTr, r.ReasonTr, StringComparison.Ordinal);
        Assert.Contains(Catalog.Get(n).NameEn, r.ReasonEn, StringComparison.Ordinal);
        Assert.Contains("teyit", r.ReasonTr, StringComparison.Ordinal);

        // The other way round the offer is a grade of what the need asks for: the same material.
        Assert.Equal(MaterialRelationKind.Same, Catalog.Relation(n, o).Kind);
    }

    [Theory]
    [InlineData("Ferritic stainless 430 sheet trim (no Ni)", "Ni'li östenitik paslanmaz hurda (18/8)")] // EN 10088-1: no nickel to pay for
    [InlineData("AISI 304 paslanmaz sac kırpıntısı", "Ferritik paslanmaz (400 serisi) ergitme hurdası")]
    [InlineData("Sert PVC profil kırığı", "Yumuşak PVC kablo kılıfı için plastifiyanlı PVC")] // re-plasticised only
    [InlineData("Gri mukavva kesim firesi", "Kraftliner için uzun lifli kraft kırpıntı")] // EN 643: group 1 is no kraft grade
    [InlineData("Islak mukavemetli kağıt havlu firesi", "Testliner için oluklu mukavva (OCC)")] // EN 643 group 5: needs special repulping
    [InlineData("6082 profil hurdası", "5754 sac döküm slabı için hurda")] // EN 573-3: Si and Mg of another series
    public void Relation_NearGrades_Soft(string offer, string need)
    {
        var r = Catalog.Relation(Catalog.Resolve(null, offer, null), Catalog.ResolveNeed(null, need, null));

        Assert.Equal(MaterialRelationKind.Soft, r.Kind);
        Assert.InRange(r.Factor, 0.01, 0.99);
    }

    [Theory]
    [InlineData("Paslanmaz çelik 304 sac kırpıntısı", "metal.ferrous.stainless.austenitic")]
    [InlineData("AISI 316L boru hurdası", "metal.ferrous.stainless.austenitic")]
    [InlineData("430 paslanmaz sac", "metal.ferrous.stainless.ferritic")]
    [InlineData("Off-grade S-PVC reçine", "polymer.pvc.rigid")]
    [InlineData("Soft PVC garden hose offcuts", "polymer.pvc.flexible")]
    [InlineData("TPR shoe sole runners", "polymer.tpe")]
    [InlineData("430 ton PET şişe", "polymer.pet")] // a quantity is no grade
    [InlineData("Greyboard offcuts", "paper.mixed")]
    [InlineData("Malç için doğal lifli çuval bezi", "textile")]
    [InlineData("Mermer katrak çelik bıçağı (aşınmış; mermer çamuru bulaşık)", "metal.ferrous")] // the marble is the works and the soil
    [InlineData("Melamin sofra takımı kırığı (MF termoset)", "polymer.thermoset")]
    [InlineData("Extruder purge lumps", "polymer")]
    [InlineData("PETG sheet offcuts", "polymer.petg")]
    [InlineData("EVA köpük taban kesim firesi", "polymer.eva")]
    [InlineData("POM dişli ıskartası", "polymer.pom")]
    [InlineData("Teflon conta talaşı", "polymer.ptfe")]
    [InlineData("AZ91 magnezyum talaşı", "metal.nonferrous.magnesium")]
    [InlineData("Dalga lehim drosu", "metal.nonferrous.tin")]
    [InlineData("Titanyum talaşı (Ti6Al4V)", "metal.nonferrous.titanium")]
    [InlineData("Titanyum dioksit pigment tozu (off-spec)", "chemical.inorganic")] // TiO2 is a pigment, not the metal
    [InlineData("Kraft torba kırpıntısı", "paper.kraft")]
    [InlineData("Opal (süt beyazı) bardak kırığı", "glass.opal")]
    [InlineData("Alüminyum profil hurdası", "metal.nonferrous.aluminium.wrought.mgsi")] // EN 755-2: extrusions are 6xxx
    [InlineData("5083 levha kesim artığı", "metal.nonferrous.aluminium.wrought.almg")]
    [InlineData("EC kalite iletken alüminyum tel", "metal.nonferrous.aluminium.wrought.pure")]
    [InlineData("7075 talaşı", "metal.nonferrous.aluminium.wrought.zn")]
    [InlineData("Besi yemi için pamuk tohumu küspesi", "biomass.food")] // EU 68/2013 2.8: an oilseed product, not cotton fibre
    [InlineData("Uçucu yağ için taze portakal kabuğu", "biomass.food")] // EU 68/2013 4.1: citrus peel, not bark
    [InlineData("Used oak barrel staves", "wood.clean")] // OIV: oak for wine may be toasted, never chemically treated
    [InlineData("ABS yolluk ve ıskarta", "polymer.abs")]
    [InlineData("HIPS/ABS granül (beyaz eşya)", "polymer.styrenics")] // a blend is neither of its parts
    [InlineData("PC/ABS konsol parçası ıskartası", "polymer.pc")]
    [InlineData("Su jeti kesim garnet kumu (almandin)", "mineral.abrasive")] // ISO 11126-10: an iron aluminium silicate
    [InlineData("Spent brown fused alumina blasting grit", "mineral.abrasive")]
    [InlineData("Off-spec sodium bicarbonate", "chemical.inorganic")]
    [InlineData("Sığır tuzlu ham deri, 2. sınıf", "leather.rawhide")]
    [InlineData("Off-spec butter, rancid (Category 3)", "biomass.abp.fat")] // EC 1069/2009 Art. 10(f)
    [InlineData("Karides kabuğu ve kafası (donuk)", "biomass.abp.fish")] // not bark: EC 1069/2009 Art. 10(k)
    [InlineData("Tundiş astarı söküntüsü", "mineral.refractory")]
    [InlineData("Cüruf köpürtme için MgO kaynağı", "mineral.magnesia")]
    [InlineData("TPU enjeksiyon yolluğu", "polymer.tpe")] // ISO 18064: TPU is a TPE
    [InlineData("Clear OPS clamshell skeleton", "polymer.ps")]
    [InlineData("Miadı dolmuş ruj ve şampuan", "chemical")] // EC 1223/2009: cosmetics are no food
    [InlineData("Döner tuz fırını: cüruf ve dross kabul", "metal.nonferrous.aluminium")] // BREF NFM §4.2.2: a secondary aluminium furnace
    [InlineData("Uçak buz çözücü akışı (glikollü)", "chemical.organic")] // SAE AMS 1424: glycol-based, not road salt
    [InlineData("Yol için buz çözücü tuz", "chemical.inorganic")]
    [InlineData("Döner fırın magnezya-spinel tuğla söküntüsü", "mineral.refractory")] // EN ISO 10081: a basic brick, no MgO addition
    [InlineData("Foundry shot-blast dust (oxidised iron fines)", "ironoxide")] // oxide is no scrap (EU 333/2011 Annex I)
    [InlineData("EAF şarjı için HMS 1/2 (80:20)", "metal.ferrous")] // ISRI 200-206 heavy melting steel
    [InlineData("DKP sac pres kırpıntısı", "metal.ferrous")] // EN 10130 DC01 cold-rolled sheet
    [InlineData("Haddehane uç kesim hurdası (S235JR)", "metal.ferrous")] // EN 10025-2 structural steel
    [InlineData("B500C nervürlü inşaat demiri kesim artığı", "metal.ferrous")] // TS 708 reinforcing steel
    [InlineData("Shredded scrap, E40 quality", "metal.ferrous")]
    [InlineData("Lithium thionyl chloride primary cells (Li-SOCl2)", "battery.primary")] // IEC 60086-1: a primary cell
    [InlineData("Alkalin pil (AA, okullardan toplanmış)", "battery.primary")]
    [InlineData("Li-ion black mass (NMC)", "battery.liion")]
    [InlineData("Ni-Cd pil paketleri (şarjlı el aletleri)", "battery.nickel")]
    [InlineData("Karışık atık pil", "battery")]
    [InlineData("Inconel 718 turning chips (Ni 52 %, Cr 19 %)", "metal.nonferrous.nickel")] // ASTM B637: a nickel-based alloy
    [InlineData("Hastelloy C-276 kesim artığı", "metal.nonferrous.nickel")]
    [InlineData("Pulplu meyve suyu ve nektar üretiyoruz", "biomass.food")] // juice is food, not water
    [InlineData("Vişne çekirdeği (meyve suyu tesisi; kurutulmuş)", "biomass.stones")] // the juice plant is the origin
    [InlineData("Mutfak ekipmanı: en az 300 mm yeni 304 sac parçası", "metal.ferrous.stainless.austenitic")] // EN 10088-2 sheet
    [InlineData("Kırık 4 mm float sera camı (alüminyum profil ve macun ayrılmış)", "glass.flat")] // EN 572-2; the listed frame and putty were taken out
    [InlineData("Haddehane 10B21 filmaşin, çap toleransı dışı", "metal")] // EN 10016 wire rod
    [InlineData("Cu-ETP bakır filmaşin", "metal.nonferrous.copper")] // the metal named refines it
    [InlineData("Plastik enjeksiyon fabrikası kalıp soğutma devresi dönüş suyu (42 °C)", "water.hot")] // the moulding plant is the origin
    [InlineData("Köy yolu stabilize kaplama: 0-31,5 mm granüler malzeme alınır", "mineral.aggregate")] // EN 13285 unbound mixture
    [InlineData("CIP kostik çözeltisi (NaOH %1,8; deterjan katkılı)", "chemical.alkali")] // the detergent is an additive of the lye
    public void Resolve_Grades(string description, string expected) =>
        Assert.Equal(expected, Key(null, description, null));

    [Fact]
    public void Relation_SoftRule_FactorUnderOne()
    {
        var r = Catalog.Relation(Catalog.IdOf("mineral.slag.steel"), Catalog.IdOf("mineral.slag.gbfs"));

        Assert.Equal(MaterialRelationKind.Soft, r.Kind);
        Assert.InRange(r.Factor, 0.01, 0.99);
    }

    [Theory]
    [InlineData("Lisanslı emülsiyon arıtma (vakum buharlaştırma + ultrafiltrasyon): işleme emülsiyonları alınır")]
    [InlineData("Karasu buharlaştırma havuzu dip çamuru")]
    public void Resolve_Evaporation_IsNoSteam(string description) =>
        Assert.NotEqual("energy.heat", Key(null, description));

    [Theory]
    [InlineData("Mobilya lake kabini su perdesi çamuru")] // a water curtain, no softened PE-RT
    [InlineData("Karayolu: killi yol tabanı iyileştirmesi için malzeme alınır")] // a clayey road base, no clay taken
    [InlineData("Peynirli köpek ödül çubuğu (pet treat) üretimi: süt ürünü hammaddesi alınır")] // a pet is an animal, not PET
    [InlineData("Kedi maması (pet maması) üreticisi")]
    [InlineData("Wet-white deri traşlama talaşı")] // shaving leather, no trass
    public void Resolve_WordsThatOnlyLookLikeAKeyword_AreNotIt(string description) =>
        Assert.DoesNotContain(Key(null, description) ?? string.Empty, new[] { "polymer.pe.ldpe", "mineral.clay", "polymer.pet", "mineral.pozzolana" });

    [Theory]
    [InlineData("Kazan: ahşap alınır, boyalı ahşap olmasın", "wood")] // a grade said absent leaves the material
    [InlineData("Solvent geri kazanım: atık solvent alınır, halojenli solvent yok", "chemical.solvent")]
    public void ResolveNeed_AGradeSaidAbsent_KeepsTheMaterial(string need, string expected) =>
        Assert.Equal(expected, Catalog.Get(Catalog.ResolveNeed(null, need, null)).Key);

    [Fact]
    public void ResolveNeed_AshTheNeedOnlyTolerates_IsNoMaterialOfIt() =>
        Assert.NotEqual("mineral.ash", Catalog.Get(Catalog.ResolveNeed(null, "Kireç ocağı: katı biyokütle ek yakıt, ısıl değer ≥ 3 800 kcal/kg, kül kabul", "23.52")).Key);

    [Fact]
    public void ResolveNeed_ASubChapterAndAUseWithoutMaterial_LeavesTheMaterialOpen()
    {
        // 02 03 holds nut shells as well as peel: a school boiler asking for solid fuel under it asks for the range.
        Assert.Equal(0, Catalog.ResolveNeed("0203", "Okul kalorifer kazanı için katı yakacak lazım", "85.31"));

        // A described material, a six-digit code or a code alone still decide.
        Assert.Equal("biomass.green", Catalog.Get(Catalog.ResolveNeed("0203", "Ceviz kabuğu alınır", "85.31")).Key);
        Assert.NotEqual(0, Catalog.ResolveNeed("020304", "Okul kalorifer kazanı için katı yakacak lazım", "85.31"));
        Assert.NotEqual(0, Catalog.ResolveNeed("0203", "", "85.31"));
    }

    [Theory]
    [InlineData("Sera sıcak su kazanı: A sınıfı işlemsiz odun yakıt alınır, nem <%25")]
    [InlineData("Komşu boyahane buhar kazanı: biyogaz yakıt alınır")]
    public void BoilerNeed_AsksForWhatTheBoilerBurns_NotForHotWaterOrSteam(string need)
    {
        var key = Catalog.Get(Catalog.ResolveNeed(null, need, "01.13")).Key;

        Assert.DoesNotContain("energy", key, StringComparison.Ordinal);
        Assert.DoesNotContain("water", key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kalay geri kazanım (lisanslı): kalay içerikli banyo ve çamur alınır", "metal.nonferrous.tin")]
    [InlineData("Değerli metal rafinerisi: gümüş içerikli çamur, çözelti ve süpürüntü alınır", "metal.nonferrous.precious")]
    [InlineData("Refiner: silver-bearing sludge and solutions wanted", "metal.nonferrous.precious")]
    [InlineData("Değerli metal rafinerisi: altın içerikli banyo, reçine ve çamur alınır (lisanslı)", "metal.nonferrous.precious")] // a lone "altın" is also "under"
    public void MetalBearingResidueNeed_AsksForTheMetal(string need, string expected) =>
        Assert.Equal(expected, Catalog.Get(Catalog.ResolveNeed(null, need, "24.41")).Key);

    [Theory]
    [InlineData("Kireçleme için Mg içerikli kalsiyum karbonat alınır")] // a mineral, not a residue
    [InlineData("Metal içeren atık çamur alınır")] // no one metal named
    public void MetalBearingNeed_OfNoResidueOrNoOneMetal_KeepsItsMaterial(string need) =>
        Assert.DoesNotContain("metal.nonferrous.", Catalog.ResolveNeed(null, need, "24.41") is var id and > 0 ? Catalog.Get(id).Key : "", StringComparison.Ordinal);

    [Fact]
    public void CrossLinkedPe_IsNoRegrind_ButAFuel()
    {
        // IEC 60502-1 and EN ISO 15875-1: XLPE and PE-X are cross-linked and do not melt again.
        var xlpe = Catalog.Resolve("070213", "Kablo fabrikası XLPE izolasyon çapağı (peroksitle çapraz bağlı)", "27.32");

        Assert.Equal("polymer.pe.xlpe", Catalog.Get(xlpe).Key);
        Assert.Equal(0, Catalog.Relation(xlpe, Catalog.IdOf("polymer.pe.ldpe")).Factor);
        Assert.Equal(0, Catalog.Relation(xlpe, Catalog.IdOf("polymer.pe.hdpe")).Factor);
        Assert.Equal(MaterialRelationKind.Accepted, Catalog.Relation(xlpe, Catalog.IdOf("fuel.rdf")).Kind);
    }

    [Fact]
    public void AnimalMeal_IsRenderedFromSlaughterByProducts_AndBurntAsAKilnFuel()
    {
        // EU BREF Slaughterhouses and Animal By-products (2005) §2.3; BREF CLM (2013) §1.2.4.3 animal meal among waste fuels.
        Assert.Equal(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf("biomass.abp"), Catalog.IdOf("biomass.abp.meal")).Kind);
        Assert.Equal(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf("biomass.abp.meal"), Catalog.IdOf("fuel")).Kind);
        Assert.NotEqual(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf("biomass.abp"), Catalog.IdOf("fuel")).Kind); // raw blood or offal is no fuel
    }

    [Fact]
    public void Relation_BatteryChemistries_Different()
    {
        // Regulation (EU) 2023/1542 Annex XII: lithium-based, nickel-cadmium and other batteries are recycled apart.
        var r = Catalog.Relation(Catalog.IdOf("battery.primary"), Catalog.IdOf("battery.liion"));

        Assert.Equal(MaterialRelationKind.Different, r.Kind);
        Assert.Equal(MaterialRelationKind.Same, Catalog.Relation(Catalog.IdOf("battery.liion"), Catalog.IdOf("battery")).Kind);
    }

    [Fact]
    public void Relation_SiblingsWithoutRule_Different()
    {
        var r = Catalog.Relation(Catalog.IdOf("biomass.manure"), Catalog.IdOf("biomass.green"));

        Assert.Equal(MaterialRelationKind.Different, r.Kind);
        Assert.Equal(MaterialCatalog.DifferentFactor, r.Factor);
        Assert.Equal(0, r.Accept);
    }

    [Theory]
    [InlineData("Ayçiçeği kabuğu peleti (6 mm)", "Pelet kazanı: EN ISO 17225-2 A1 odun peleti")]
    [InlineData("Yağı alınmış kuru pirina", "Need: wood pellets to ENplus A1")]
    public void WoodPelletNeed_TakesWoodOnly(string offer, string need)
    {
        // EN ISO 17225-2 grades wood pellets made of chemically untreated wood; herbaceous and fruit
        // biomass are graded as non-woody pellets (EN ISO 17225-6).
        Assert.Equal("wood.clean", Key(null, need));
        Assert.NotEqual(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.Resolve(null, offer, null), Catalog.IdOf("wood.clean")).Kind);
        Assert.Equal(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf("wood.clean"), Catalog.IdOf("fuel.biomass")).Kind);
    }

    [Theory]
    [InlineData("wood.clean", "biomass.olivepomace")]
    [InlineData("wood.clean", "biomass.manure")]
    [InlineData("ironoxide.millscale", "mineral.gypsum")]
    [InlineData("paper.occ", "biomass.green")]
    [InlineData("sludge", "fuel.rdf")]
    public void AcceptRule_DoesNotServeANeedThatNamesANarrowerGrade(string offer, string need) =>
        Assert.NotEqual(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf(offer), Catalog.IdOf(need)).Kind);

    [Theory]
    [InlineData("wood.clean", "biomass")]
    [InlineData("ironoxide.millscale", "mineral")]
    [InlineData("polymer.pe", "fuel.rdf")]
    [InlineData("paper.occ", "fuel")]
    public void AcceptRule_ServesItsOwnOrAMoreGenericNeed(string offer, string need) =>
        Assert.Equal(MaterialRelationKind.Accepted, Catalog.Relation(Catalog.IdOf(offer), Catalog.IdOf(need)).Kind);

    [Fact]
    public void AcceptedNeeds_HoldEveryNeedWithEvidence()
    {
        for (var a = 1; a < Catalog.Count; a++)
        {
            var accepted = Catalog.AcceptedNeeds(a).ToArray();
            for (var b = 1; b < Catalog.Count; b++)
            {
                Assert.Equal(Catalog.Relation(a, b).Accept > 0, accepted.Contains(b));
            }
        }
    }

    [Fact]
    public void TransportTable_EveryRowNamesAKnownMaterialAHaulAndASource()
    {
        var rows = KnowledgeTable.Read("material_transport.csv");
        Assert.True(rows.Count >= 15);
        foreach (var row in rows)
        {
            var key = row["key"];
            Assert.NotEqual(0, Catalog.IdOf(key));
            Assert.False(string.IsNullOrWhiteSpace(row["source"]), key);
            Assert.InRange(double.Parse(row["haul_km"], System.Globalization.CultureInfo.InvariantCulture), 5, 5000);
            if (row["purchase_try_per_tonne"] is { Length: > 0 } price)
            {
                Assert.InRange(double.Parse(price, System.Globalization.CultureInfo.InvariantCulture), 1, 1_000_000);
            }
        }
    }

    [Theory]
    [InlineData("metal.nonferrous.copper.brass", 1500)] // its nearest listed ancestor, metal.nonferrous
    [InlineData("metal.ferrous", 800)]
    [InlineData("mineral.aggregate", 120)]
    [InlineData("mineral.slag.steel", 250)] // mineral has no row: the default
    [InlineData("polymer.pe.hdpe", 500)]
    public void HaulKm_AGradeTakesItsNearestListedAncestor(string key, double expected)
    {
        Assert.Equal(expected, Catalog.HaulKm(Catalog.IdOf(key), 250));
        Assert.Equal(250, Catalog.HaulKm(0, 250));
    }

    [Fact]
    public void TransportTable_UnknownMaterialOrRepeatedRow_IsRefused()
    {
        var materials = KnowledgeTable.Read("materials.csv");
        var rules = KnowledgeTable.Read("material_compatibility.csv");
        static IReadOnlyDictionary<string, string> Row(string key) =>
            new Dictionary<string, string> { ["key"] = key, ["haul_km"] = "100", ["purchase_try_per_tonne"] = string.Empty, ["source"] = "test" };

        Assert.Throws<InvalidOperationException>(() => new MaterialCatalog(materials, rules, [Row("metal.unobtainium")]));
        Assert.Throws<InvalidOperationException>(() => new MaterialCatalog(materials, rules, [Row("metal"), Row("metal")]));
    }

    [Fact]
    public void MaterialsTable_EveryRowHasNamesASourceAndValidCodes()
    {
        var rows = KnowledgeTable.Read("materials.csv");
        Assert.True(rows.Count >= 60);
        foreach (var row in rows)
        {
            var key = row["key"];
            Assert.False(string.IsNullOrWhiteSpace(row["source"]), key);
            Assert.False(string.IsNullOrWhiteSpace(row["name_tr"]), key);
            Assert.False(string.IsNullOrWhiteSpace(row["name_en"]), key);
            Assert.False(string.IsNullOrWhiteSpace(row["keywords_tr"]), key);
            Assert.False(string.IsNullOrWhiteSpace(row["keywords_en"]), key);
            Assert.Equal(key.Split('.')[0], row["family"]);
            foreach (var code in row["ewc"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.TrimStart('+')))
            {
                var known = code.Length == 6 ? TestData.Knowledge.WasteCode(code) is not null : TestData.Knowledge.CategoryTitle(code) is not null;
                Assert.True(known, $"{key}: EWC {code} is not in the list");
            }

            foreach (var nace in row["nace"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(nace.All(char.IsAsciiDigit) && nace.Length is >= 2 and <= 4, $"{key}: NACE hint {nace}");
            }
        }
    }

    [Fact]
    public void CompatibilityTable_EveryRuleHasKnownKeysReasonsAndASource()
    {
        var rows = KnowledgeTable.Read("material_compatibility.csv");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var rule = MaterialRule.FromRow(row);
            Assert.True(rule.Offer == "*" || Catalog.IdOf(rule.Offer) > 0, rule.Offer);
            Assert.True(rule.Need == "*" || Catalog.IdOf(rule.Need) > 0, rule.Need);
            Assert.False(string.IsNullOrWhiteSpace(rule.ReasonTr));
            Assert.False(string.IsNullOrWhiteSpace(rule.ReasonEn));
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
        }
    }

    [Fact]
    public void Families_EachHasItsRootMaterial()
    {
        foreach (var family in Catalog.Materials.Skip(1).Select(m => m.Family).Distinct())
        {
            Assert.True(Catalog.IdOf(family) > 0 || family is "energy" or MaterialCatalog.FunctionFamily, family);
        }
    }
}
