using static IzmirSymbiosis.Domain.Streams.PhysicalState;
using static IzmirSymbiosis.Domain.Streams.QuantityPeriod;
using static IzmirSymbiosis.Domain.Streams.QuantityUnit;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlacement;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlaces;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.StreamTemplate;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

internal static partial class DemoSectors
{
    private static IEnumerable<DemoSector> Minerals() =>
    [
        new("cement", ["23.51"], 3,
            [Town("Bornova", 2), Town("Aliağa")],
            ["Çimento", "Çimento ve Klinker", "Çimento Fabrikaları"],
            [0, 0, 1, 3],
            [
                Need("10 01 02", "Uçucu kül (katkı maddesi)", 20000, 150000, Powder, 100, 300),
                Need("10 02 02", "Çelikhane cürufu (klinker katkısı)", 20000, 100000, Solid, 50, 150),
                Need("10 01 05", "FGD alçıtaşı (priz geciktirici)", 10000, 50000, Powder, 50, 200),
                Need("19 12 10", "Atıktan türetilmiş yakıt (ATY/RDF)", 10000, 60000, Solid, -200, 200),
                Need("16 01 03", "Ömrünü tamamlamış lastik (ek yakıt)", 5000, 30000, Solid, -300, 0),
                Need("10 09 08", "Döküm kumu (hammadde ikamesi)", 2000, 20000, Solid, 0, 50),
                Offer("10 13 06", "Klinker bypass tozu", 1000, 8000, Powder, -100, 50),
                Energy(Supply, "Klinker soğutucu atık ısısı", 30000, 120000, 100, 300),
            ]),
        new("ceramics-bricks", ["23.31", "23.32", "23.42"], 5,
            [Zone(Iaosb), Zone(Kinik), Zone(Bergama), Town("Menemen"), Zone(Pancar)],
            ["Seramik", "Yapı Seramikleri", "Seramik ve Vitrifiye", "Karo Seramik", "Pişmiş Toprak"],
            [0, 1, 3, 1],
            [
                Offer("10 12 08", "Pişmiş seramik kırığı", 500, 5000, Solid, 0, 100),
                Offer("10 12 03", "Seramik sır tozu ve filtre tozu", 50, 500, Powder, -200, 0),
                Offer("10 12 13", "Sırlama arıtma çamuru", 200, 2000, Sludge, -200, 0),
                Offer("10 12 06", "Kullanılmış alçı kalıplar", 100, 800, Solid, -150, 0),
                Need("04 02 20", "Arıtma çamuru (tuğla hamuru katkısı)", 1000, 8000, Sludge, -200, 0),
                Need("03 03 11", "Kağıt çamuru (gözenek yapıcı katkı)", 500, 5000, Sludge, -150, 0),
                Energy(Demand, "Kurutma fırını için atık ısı", 5000, 30000, 100, 300),
            ]),
        new("concrete", ["23.63", "23.61"], 4,
            [Zone(Kosbi), Zone(Itob), Town("Torbalı"), Town("Bornova")],
            ["Hazır Beton", "Beton", "Beton Elemanları", "Yapı Malzemeleri", "Prefabrik"],
            [0, 1, 2, 1],
            [
                Offer("10 13 14", "Beton yıkama çamuru ve artık beton", 1000, 8000, Sludge, -100, 0),
                Offer("10 13 11", "Kırık prefabrik beton elemanları", 200, 2000, Solid, 0, 50),
                Need("10 01 02", "Uçucu kül (beton katkısı)", 2000, 20000, Powder, 150, 350),
                Need("10 02 02", "İşlenmiş çelikhane cürufu (agrega)", 5000, 40000, Solid, 50, 150),
                Need("01 04 13", "Mermer moloz (agrega olarak)", 2000, 20000, Solid, 0, 80),
                Water(Demand, "Beton üretimi için geri kazanılmış su", 500, 3000, 1, 6),
            ]),
        new("marble", ["23.70"], 5,
            [Zone(Torbali, 2), Town("Torbalı"), Zone(Bergama), Zone(Kinik)],
            ["Mermer", "Doğal Taş", "Mermer ve Granit", "Traverten"],
            [1, 2, 2, 0],
            [
                Offer("01 04 13", "Mermer kesim çamuru (sulu)", 1000, 10000, Sludge, -100, 0,
                    "CaCO3 > %95; kireç, boya dolgusu ve asit nötralizasyonu için."),
                Offer("01 04 13", "Mermer moloz ve kırık blok", 2000, 20000, Solid, 20, 100),
                Offer("01 04 10", "Mermer tozu (kuru)", 200, 2000, Powder, 50, 300),
                Water(Supply, "Çöktürülmüş kesim suyu", 1000, 5000, 0, 2),
                Water(Demand, "Kesim için geri kazanılmış su", 2000, 6000, 2, 8),
            ]),
        new("paper-mills", ["17.12"], 2,
            [Zone(Kosbi), Town("Kemalpaşa")],
            ["Kağıt", "Kağıt ve Karton", "Kağıt Fabrikaları"],
            [0, 0, 1, 1],
            [
                Offer("03 03 07", "Atık kağıt hamurlaştırma rejekti (plastik-tel)", 500, 5000, Solid, -300, 0),
                Offer("03 03 10", "Lif ve dolgu çamuru", 1000, 8000, Sludge, -250, 0),
                Offer("03 03 11", "Kağıt fabrikası arıtma çamuru", 1000, 10000, Sludge, -200, 0),
                Need("15 01 01", "Atık kağıt ve karton (OCC)", 5000, 50000, Solid, 2500, 5000),
                Need("19 12 01", "Ayrıştırılmış kağıt-karton", 2000, 20000, Solid, 2000, 4500),
                Energy(Demand, "Kurutma silindirleri için buhar", 10000, 60000, 400, 900),
            ]),
        new("packaging", ["17.21", "17.29"], 4,
            [Zone(Iaosb), Zone(Pancar), Zone(Basbas), Zone(Itob)],
            ["Ambalaj", "Oluklu Mukavva", "Matbaa ve Ambalaj", "Karton Ambalaj"],
            [0, 2, 2, 0],
            [
                Offer("15 01 01", "Oluklu mukavva kesim firesi", 200, 3000, Solid, 2000, 4500),
                Offer("08 03 18", "Atık toner ve mürekkep (tehlikesiz)", 1, 20, Powder, -500, 0),
                Offer("15 01 02", "Laminasyon ve streç film firesi", 10, 150, Solid, 500, 3000),
                Capacity(Supply, "Ondülasyon hattı atıl kapasitesi", Hour, PerMonth, 50, 300, 1500, 3500),
            ]),
    ];
}
