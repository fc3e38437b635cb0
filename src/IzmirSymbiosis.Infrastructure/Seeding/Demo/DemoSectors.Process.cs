using static IzmirSymbiosis.Domain.Streams.PhysicalState;
using static IzmirSymbiosis.Domain.Streams.QuantityPeriod;
using static IzmirSymbiosis.Domain.Streams.QuantityUnit;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlacement;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlaces;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.StreamTemplate;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

internal static partial class DemoSectors
{
    private static IEnumerable<DemoSector> Process() =>
    [
        new("refining", ["19.20"], 2,
            [Zone(AliagaIndustrial)],
            ["Rafineri", "Petrol Rafinerisi", "Akaryakıt ve Rafineri"],
            [0, 0, 0, 1],
            [
                Offer("05 01 03", "Tank dibi çamuru", 300, 1500, Sludge, -4000, -2000),
                Offer("05 01 09", "Proses atık su arıtma çamuru (yağlı)", 2000, 8000, Sludge, -3500, -1500),
                Offer("16 08 02", "Harcanmış hidrokraking katalizörü (Ni-Mo)", 100, 600, Solid, 5000, 20000,
                    "Ni, Mo ve Co geri kazanımı için."),
                Offer("16 08 03", "Harcanmış FCC katalizörü", 500, 3000, Powder, -500, 200,
                    "Al2O3 ve SiO2 kaynağı; çimento hammaddesi alternatifi."),
                Offer("05 01 17", "Bitüm artığı", 200, 1500, Solid, 1000, 4000),
                Energy(Supply, "Düşük basınçlı fazla buhar", 80000, 300000, 300, 900),
                Water(Supply, "Arıtılmış proses atık suyu", 30000, 120000, 0, 4),
                Water(Demand, "Soğutma ve proses suyu", 50000, 150000, 8, 25),
            ]),
        new("petrochemicals", ["20.16", "20.14", "20.13", "20.15"], 9,
            [Zone(Alosbi, 4), Zone(AliagaIndustrial, 3), Town("Aliağa", 2)],
            ["Petrokimya", "Kimya", "Polimer", "Kimyevi Maddeler", "Endüstriyel Kimya"],
            [0, 2, 4, 3],
            [
                Offer("07 01 01", "Proses yıkama suları ve ana çözeltiler", 500, 4000, Liquid, -2500, -1000),
                Offer("07 01 08", "Reaksiyon kalıntıları ve dip ürünleri", 100, 800, Sludge, -5000, -2500),
                Offer("07 02 13", "Polimer reaktör temizlik fireleri (PE/PP)", 100, 1200, Solid, 3000, 9000),
                Offer("07 01 12", "Tehlikesiz arıtma çamuru (kimya)", 300, 3000, Sludge, -900, -300),
                Offer("06 03 14", "Sodyum sülfat tuz çözeltisi", 200, 2000, Liquid, -200, 200),
                Offer("15 01 10", "Kontamine IBC ve plastik bidon", 500, 5000, Solid, -100, 50, unit: Piece),
                Energy(Supply, "Ekzotermik reaktör atık ısısı", 5000, 40000, 150, 500),
                Energy(Demand, "Proses buharı (10 bar)", 20000, 120000, 400, 900),
                Water(Demand, "Demineralize su", 1000, 8000, 20, 45),
            ]),
        new("paints-detergents", ["20.30", "20.41", "20.59", "20.12"], 5,
            [Zone(Iaosb, 2), Zone(Itob), Zone(Kosbi), Zone(Alosbi)],
            ["Boya Kimya", "Kimya", "Kimyevi Maddeler", "Endüstriyel Kimya", "Kaplama Kimyasalları"],
            [0, 2, 2, 1],
            [
                Offer("07 01 04", "Atık organik solvent (aseton-toluen karışımı)", 50, 600, Liquid, -1500, 1500,
                    "Distilasyonla geri kazanıma uygun."),
                Offer("08 01 20", "Sulu boya ve vernik süspansiyonu", 30, 300, Liquid, -1200, -400),
                Offer("07 06 12", "Deterjan üretimi arıtma çamuru", 100, 800, Sludge, -600, -200),
                Offer("07 06 01", "Reaktör yıkama suyu (deterjan)", 100, 1000, Liquid, -1500, -600),
                Offer("15 01 10", "Kontamine IBC ve plastik bidon", 200, 2000, Solid, -100, 50, unit: Piece),
                Need(null, "Geri kazanılmış solvent (aseton, IPA)", 50, 300, Liquid, 15000, 30000),
                Need("10 12 08", "Öğütülmüş seramik kırığı (dolgu maddesi)", 100, 1000, Powder, 100, 400),
            ]),
        new("energy", ["35.11", "35.11", "35.30"], 5,
            [Zone(AliagaIndustrial, 2), Zone(Kinik), Zone(Bergama), Town("Menemen")],
            ["Enerji", "Elektrik Üretim", "Biyokütle Enerji", "Jeotermal Enerji", "Kojenerasyon"],
            [0, 1, 2, 2],
            [
                Offer("10 01 02", "Uçucu kül (F sınıfı)", 50000, 400000, Powder, 50, 250,
                    "EN 450 uygunluğu laboratuvarca doğrulanabilir."),
                Offer("10 01 01", "Taban külü ve cüruf", 20000, 120000, Solid, -80, 20),
                Offer("10 01 05", "Baca gazı desülfürizasyon alçısı (FGD alçıtaşı)", 30000, 150000, Powder, 30, 150),
                Energy(Supply, "Atık ısı (sıcak su, 70–90 °C)", 50000, 250000, 80, 300),
                Water(Supply, "Kondens ve blöf suyu", 20000, 80000, 0, 3),
                Need("03 01 05", "Biyokütle yakıtı: talaş ve yonga", 10000, 60000, Solid, 600, 1500),
                Need("02 03 04", "Pirina (yakıt olarak)", 5000, 40000, Solid, 1500, 3500),
                Need("02 01 07", "Orman ve budama artıkları", 5000, 30000, Solid, 300, 900),
            ]),
        new("plastics", ["22.21", "22.22", "22.29"], 12,
            [
                Zone(MenemenPlastics, 6), Zone(Iaosb), Zone(Itob), Zone(Pancar), Zone(Kosbi), Town("Menemen"),
                Town("Çiğli"),
            ],
            ["Plastik", "Ambalaj", "Polimer", "Plastik Ambalaj", "Film ve Ambalaj", "Boru ve Profil"],
            [1, 5, 4, 2],
            [
                Offer("07 02 13", "PE film üretim firesi (temiz, renkli)", 100, 1200, Solid, 6000, 15000),
                Offer("07 02 13", "PP enjeksiyon yolluk ve ıskarta parça", 50, 600, Solid, 5000, 12000),
                Offer("12 01 05", "PVC profil kesim talaşı", 20, 300, Solid, 3000, 8000),
                Offer("15 01 01", "Hammadde torbası ve karton", 10, 100, Solid, 1000, 3000),
                Offer("15 01 03", "Ahşap palet", 500, 5000, Solid, 20, 80, unit: Piece),
                Energy(Supply, "Kompresör ve soğutma grubu atık ısısı", 500, 3000, 50, 200),
                Need("07 02 13", "Temiz PE fire (rejenere granül için)", 200, 1500, Solid, 8000, 16000),
                Need("19 12 04", "Ayrıştırılmış plastik (geri dönüşüm)", 300, 3000, Solid, 5000, 12000),
                Capacity(Supply, "Ekstrüzyon hattı atıl kapasitesi", Hour, PerMonth, 100, 400, 1200, 2500),
            ]),
    ];
}
