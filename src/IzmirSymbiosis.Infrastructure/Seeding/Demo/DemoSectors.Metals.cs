using static IzmirSymbiosis.Domain.Streams.PhysicalState;
using static IzmirSymbiosis.Domain.Streams.QuantityPeriod;
using static IzmirSymbiosis.Domain.Streams.QuantityUnit;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlacement;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlaces;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.StreamTemplate;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

internal static partial class DemoSectors
{
    private static IEnumerable<DemoSector> Metals() =>
    [
        new("steel", ["24.10"], 7,
            [Zone(AliagaIndustrial, 5), Zone(Alosbi, 2), Town("Aliağa", 2)],
            ["Demir Çelik", "Çelik", "Haddecilik", "Metalürji", "Çelik Çekme"],
            [0, 1, 3, 5],
            [
                Offer("10 02 02", "Çelikhane cürufu (elektrik ark ocağı)", 40000, 160000, Solid, 20, 120,
                    "Kırılmış ve elenmiş, 0–32 mm; agrega ve çimento hammaddesi olarak kullanılabilir."),
                Offer("10 02 07", "Ark ocağı baca tozu (çinko içerikli)", 3000, 12000, Powder, -1800, -900,
                    "Zn %18–25; Waelz prosesiyle çinko geri kazanımına uygun."),
                Offer("10 02 10", "Hadde tufalı", 2000, 9000, Solid, 300, 900),
                Offer("10 02 01", "Pota ocağı cürufu (beyaz cüruf)", 8000, 30000, Powder, 0, 50),
                Energy(Supply, "Ark ocağı soğutma devresi atık ısısı (60–90 °C)", 20000, 90000, 100, 400),
                Water(Supply, "Soğutma kulesi blöf suyu", 2000, 9000, 0, 5),
                Need("17 04 05", "Hurda demir-çelik (HMS 1/2)", 150000, 600000, Solid, 9000, 14000,
                    "Radyasyon kontrollü, yabancı madde < %2."),
                Need("19 12 02", "Parçalanmış hurda (shredder)", 20000, 80000, Solid, 9500, 13000),
                Need("12 01 01", "Demir talaşı (briketlenmiş)", 2000, 10000, Solid, 6000, 9000),
            ]),
        new("shipbreaking", ["38.31"], 3,
            [Zone(AliagaIndustrial, 3), Town("Aliağa")],
            ["Gemi Söküm", "Gemi Geri Dönüşüm", "Denizcilik ve Gemi Söküm"],
            [0, 1, 2, 1],
            [
                Offer("17 04 05", "Gemi sökümü levha ve profil hurdası", 15000, 60000, Solid, 8500, 12500),
                Offer("17 04 11", "Sökülmüş gemi kabloları", 100, 600, Solid, 15000, 40000),
                Offer("16 07 08", "Yağlı sintine atığı", 200, 900, Liquid, -2500, -1200, unit: CubicMetre),
                Offer("17 02 01", "Gemi ahşap aksamı", 100, 500, Solid, 0, 300),
                Offer("13 02 08", "Atık motor ve dişli yağı", 50, 250, Liquid, 2000, 6000),
                Capacity(Supply, "Rıhtım arkası açık stok sahası", SquareMetre, OneOff, 2000, 10000, 20, 60),
                Capacity(Demand, "Hurda taşıma (damperli kamyon)", Hour, PerMonth, 100, 400, 800, 1500),
            ]),
        new("foundry", ["24.51", "24.52", "24.53", "24.54"], 9,
            [Zone(Kosbi, 3), Zone(Iaosb, 2), Zone(Pancar, 2), Zone(Torbali), Town("Kemalpaşa"), Town("Çiğli")],
            ["Döküm", "Dökümcülük", "Metal Döküm", "Hassas Döküm"],
            [0, 2, 4, 2],
            [
                Offer("10 09 08", "Kullanılmış döküm kumu (bentonitli)", 2000, 15000, Solid, -250, 0,
                    "Yaş kum sistemi; çimento ve tuğla üretiminde kullanılabilir."),
                Offer("10 09 08", "Reçineli maça kumu artığı", 500, 3000, Solid, -300, 0),
                Offer("10 09 03", "Kupol ocağı cürufu", 800, 4000, Solid, -100, 50),
                Offer("10 09 12", "Torba filtre tozu", 200, 1200, Powder, -400, -100),
                Offer("12 01 02", "Taşlama tozu ve çapak", 50, 400, Powder, 500, 2000),
                Energy(Supply, "İndüksiyon ocağı soğutma suyu atık ısısı", 3000, 15000, 80, 300),
                Need("17 04 05", "Hurda döküm ve çelik", 3000, 20000, Solid, 9000, 13000),
                Need("12 01 01", "Demir talaşı (ocak şarjı için)", 1000, 6000, Solid, 5000, 8000),
                Need(null, "Silis kumu (yeni, AFS 50–60)", 2000, 8000, Solid, 600, 1200),
            ]),
        new("metalworking", ["25.11", "25.62", "25.99", "25.93", "25.50", "25.12", "28.22"], 11,
            [
                Zone(Iaosb, 3), Zone(Kosbi, 2), Zone(Pancar), Zone(Itob, 2), Zone(Odemis), Zone(Basbas),
                Town("Bornova", 2), Town("Karşıyaka"), Town("Çiğli", 2),
            ],
            ["Metal", "Makine", "Metal İşleme", "Hassas İşleme", "Kalıp ve Makine", "Mühendislik", "Çelik Yapı"],
            [2, 5, 4, 1],
            [
                Offer("12 01 01", "Demir talaşı ve çapak", 100, 1200, Solid, 5000, 8500),
                Offer("12 01 03", "Alüminyum talaşı", 20, 300, Solid, 25000, 45000),
                Offer("12 01 09", "Kullanılmış bor yağı emülsiyonu", 20, 150, Liquid, -3000, -1200),
                Offer("12 01 13", "Kaynak cürufu ve elektrot artığı", 5, 60, Solid, 0, 500),
                Offer("12 01 21", "Kullanılmış taşlama diski ve zımpara", 2, 30, Solid, -500, 0),
                Offer("15 01 04", "Metal ambalaj (boş varil)", 500, 4000, Solid, 50, 150, unit: Piece),
                Capacity(Supply, "Lazer kesim tezgâhı atıl kapasitesi", Hour, PerMonth, 40, 200, 1500, 3000),
                Capacity(Demand, "Kumlama ve boya hattı hizmeti", Hour, PerMonth, 20, 120, 800, 1600),
            ]),
        new("galvanizing", ["25.61"], 3,
            [Zone(Iaosb), Zone(Bergama), Town("Çiğli")],
            ["Galvaniz", "Metal Kaplama", "Sıcak Daldırma Galvaniz"],
            [0, 1, 2, 0],
            [
                Offer("11 01 05", "Atık dekapaj asidi (HCl, demirli)", 100, 1500, Liquid, -2500, -800,
                    "Fe 100–140 g/L; demir klorür üretimine uygun."),
                Offer("11 05 02", "Çinko külü (sıcak daldırma galvaniz)", 30, 300, Powder, 15000, 30000),
                Offer("11 05 01", "Sert çinko (matte)", 20, 150, Solid, 30000, 50000),
                Offer("11 01 13", "Yağ alma banyosu atığı", 10, 80, Liquid, -3000, -1500),
                Need("10 13 04", "Kireç kalsinasyon atığı (asit nötralizasyonu için)", 50, 400, Powder, 200, 500),
                Need("01 04 10", "Mermer tozu (asit nötralizasyonu için)", 50, 400, Powder, 0, 200),
            ]),
        new("automotive", ["29.32"], 8,
            [Zone(Bagyurdu, 4), Zone(Esbas, 2), Zone(Iaosb), Zone(Kosbi)],
            ["Otomotiv", "Oto Parça", "Otomotiv Parça", "Fren Sistemleri", "Otomotiv Metal"],
            [0, 1, 4, 3],
            [
                Offer("12 01 01", "Çelik sac kırpıntısı ve talaş", 300, 3000, Solid, 7000, 10000),
                Offer("12 01 03", "Alüminyum işleme talaşı", 50, 400, Solid, 25000, 45000),
                Offer("08 01 11", "Solvent bazlı boya çamuru", 20, 150, Sludge, -4000, -1500),
                Offer("08 01 12", "Su bazlı boya atığı", 10, 80, Sludge, -1500, -500),
                Offer("15 01 03", "Ahşap palet ve sandık", 1000, 8000, Solid, 20, 80, unit: Piece),
                Offer("15 01 02", "Streç film ve plastik ambalaj", 30, 300, Solid, 2000, 6000),
                Offer("12 01 05", "Plastik enjeksiyon yolluk ve çapakları", 40, 300, Solid, 4000, 9000),
                Capacity(Supply, "Boş depo alanı (kapalı)", SquareMetre, OneOff, 500, 4000, 80, 200),
                Capacity(Supply, "Pres hattı atıl kapasitesi (400 t)", Hour, PerMonth, 60, 250, 2000, 4000),
                Need("15 01 03", "Tamir edilmiş palet", 2000, 10000, Solid, 80, 200, unit: Piece),
            ]),
    ];
}
