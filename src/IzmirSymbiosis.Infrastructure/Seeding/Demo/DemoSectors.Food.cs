using static IzmirSymbiosis.Domain.Streams.PhysicalState;
using static IzmirSymbiosis.Domain.Streams.QuantityPeriod;
using static IzmirSymbiosis.Domain.Streams.QuantityUnit;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlacement;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.DemoPlaces;
using static IzmirSymbiosis.Infrastructure.Seeding.Demo.StreamTemplate;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

internal static partial class DemoSectors
{
    private static IEnumerable<DemoSector> Food() =>
    [
        new("olive-oil", ["10.41"], 8,
            [Zone(Bergama, 2), Zone(Tire), Zone(Odemis), Zone(Kinik), Town("Bergama"), Town("Torbalı")],
            ["Zeytinyağı", "Zeytin ve Zeytinyağı", "Yağ", "Zeytincilik", "Pirina Yağı"],
            [2, 4, 2, 0],
            [
                Offer("02 03 04", "Zeytin prinası (pirina, iki fazlı)", 1000, 8000, Sludge, 200, 800,
                    "Nem %55–65; kurutularak yakıt veya kompost hammaddesi."),
                Offer("02 03 01", "Zeytin karasuyu", 500, 5000, Liquid, -150, 0,
                    "KOİ 80–200 g/L; sezonluk (Kasım–Şubat).", CubicMetre),
                Offer("02 03 04", "Zeytin çekirdeği (ayrıştırılmış)", 200, 1500, Solid, 1500, 3500),
                Offer("02 01 03", "Zeytin yaprağı ve dal", 100, 900, Solid, 0, 200),
                Offer("15 01 01", "Karton ambalaj fireleri", 10, 100, Solid, 1500, 3000),
                Energy(Demand, "Pirina kurutma için ısı", 2000, 10000, 100, 400),
            ]),
        new("dairy", ["10.51", "10.51", "10.52"], 8,
            [Zone(TireDairy, 3), Zone(Tire, 2), Zone(Odemis), Zone(Bergama), Town("Tire")],
            ["Süt", "Süt Ürünleri", "Peynircilik", "Mandıra", "Gıda"],
            [1, 3, 3, 1],
            [
                Offer("02 05 01", "Peynir altı suyu", 2000, 30000, Liquid, 0, 150,
                    "Laktoz %4–5; yem ve biyogaz için.", CubicMetre),
                Offer("02 05 02", "Süt fabrikası arıtma çamuru", 200, 1500, Sludge, -400, 0),
                Offer("02 05 01", "Son kullanma tarihi geçmiş süt ürünleri", 20, 200, Solid, -300, 0),
                Offer("15 01 02", "Plastik kova ve folyo ambalaj fireleri", 20, 150, Solid, 2000, 5000),
                Water(Supply, "Evaporatör kondens suyu", 500, 3000, 0, 5),
                Capacity(Demand, "Soğuk hava deposu alanı", SquareMetre, OneOff, 200, 1500, 100, 250),
                Energy(Demand, "Pastörizasyon için sıcak su ve buhar", 2000, 10000, 300, 700),
            ]),
        new("fruit-vegetable", ["10.39", "10.32", "10.31", "10.84", "10.89"], 8,
            [Zone(Kosbi, 2), Zone(Itob, 2), Zone(Torbali), Zone(Kinik), Town("Kemalpaşa"), Town("Menderes")],
            ["Gıda", "Meyve Suyu", "Konserve", "Tarım Ürünleri", "Kurutulmuş Meyve", "Salça"],
            [1, 3, 3, 1],
            [
                Offer("02 03 04", "Domates posası (kabuk ve çekirdek)", 1000, 8000, Sludge, 0, 200),
                Offer("02 03 04", "Kiraz sapı ve çekirdeği", 100, 800, Solid, 0, 300),
                Offer("02 03 01", "Meyve yıkama çamuru", 200, 1500, Sludge, -200, 0),
                Offer("02 03 05", "Gıda atık su arıtma çamuru", 300, 2000, Sludge, -300, 0),
                Offer("02 03 04", "Üzüm ve incir ayıklama ıskartası", 50, 500, Solid, 0, 150),
                Water(Supply, "Meyve yıkama suyu (ön arıtılmış)", 500, 4000, 0, 3),
                Capacity(Demand, "Sezonluk soğuk depo alanı", SquareMetre, OneOff, 500, 3000, 80, 200),
            ]),
        new("bakery", ["10.71", "10.72"], 4,
            [Town("Bornova"), Town("Karşıyaka"), Zone(Iaosb), Town("Bayraklı")],
            ["Unlu Mamuller", "Ekmek", "Fırın", "Unlu Gıda", "Pastacılık"],
            [2, 2, 1, 0],
            [
                Offer("02 06 01", "Bayat ekmek ve hamur artıkları", 20, 300, Solid, 0, 500),
                Offer("02 06 03", "Unlu mamul arıtma çamuru", 20, 150, Sludge, -300, 0),
                Offer("20 01 25", "Kullanılmış kızartma yağı", 5, 60, Liquid, 15000, 30000,
                    "Biyodizel üretimine uygun."),
                Offer("15 01 01", "Un çuvalı ve karton", 10, 80, Solid, 1000, 2500),
            ]),
        new("soft-drinks", ["11.07"], 2,
            [Zone(Kosbi), Zone(Iaosb)],
            ["İçecek", "Maden Suyu", "Meşrubat", "Doğal Kaynak Suyu"],
            [0, 0, 1, 1],
            [
                Offer("15 01 07", "Cam şişe kırığı", 100, 1500, Solid, 300, 900),
                Offer("15 01 02", "PET preform ve şişe firesi", 20, 300, Solid, 5000, 12000),
                Offer("02 07 05", "İçecek üretimi arıtma çamuru", 100, 800, Sludge, -300, 0),
                Water(Supply, "Şişe yıkama son durulama suyu", 1000, 6000, 0, 3),
                Need("15 01 07", "Depozitolu cam şişe (yeniden kullanım)", 50000, 400000, Solid, 1, 3, unit: Piece),
            ]),
        new("brewing", ["11.05", "11.06"], 1,
            [Town("Bornova")],
            ["Bira ve Malt", "Malt"],
            [0, 0, 0, 1],
            [
                Offer("02 07 99", "Bira posası (yaş malt küspesi)", 10000, 40000, Sludge, 100, 500),
                Offer("02 07 01", "Arpa eleme ve yıkama artıkları", 200, 2000, Solid, 0, 300),
                Offer("15 01 07", "Cam şişe kırığı", 300, 3000, Solid, 300, 900),
                Energy(Supply, "Kaynatma kazanı buhar kondensi ısısı", 2000, 10000, 100, 300),
            ]),
        new("wine-spirits", ["11.02", "11.01"], 2,
            [Town("Menderes"), Zone(Itob)],
            ["Şarapçılık", "Bağcılık ve Şarap", "İçki", "Rakı ve Şarap"],
            [0, 1, 1, 0],
            [
                Offer("02 07 04", "Üzüm cibresi (şarap prinası)", 200, 2000, Sludge, 0, 300),
                Offer("02 07 02", "Rakı damıtma artığı (vinas)", 300, 3000, Liquid, -200, 0, unit: CubicMetre),
                Offer("02 07 05", "Şaraphane arıtma çamuru", 50, 500, Sludge, -300, 0),
                Offer("15 01 07", "Cam şişe kırığı", 50, 500, Solid, 300, 900),
            ]),
        new("animal-feed", ["10.91"], 3,
            [Zone(Tire), Zone(Odemis), Town("Torbalı")],
            ["Yem", "Yem Ürünleri", "Hayvan Yemi"],
            [0, 2, 1, 0],
            [
                Need("02 05 01", "Peynir altı suyu (yem katkısı)", 1000, 8000, Liquid, 0, 100, unit: CubicMetre),
                Need("02 07 99", "Bira posası", 1000, 6000, Sludge, 100, 400),
                Need("02 06 01", "Bayat ekmek (yem hammaddesi)", 200, 2000, Solid, 200, 800),
                Need("02 03 04", "Kurutulmuş pirina (yem katkısı)", 500, 3000, Solid, 500, 1500),
                Offer("02 03 04", "Yem üretimi elek altı", 20, 200, Powder, 0, 200),
            ]),
        new("farming", ["01.41", "01.50", "01.13", "01.24"], 4,
            [Town("Tire"), Town("Ödemiş"), Town("Bergama"), Town("Menemen")],
            ["Tarım", "Hayvancılık", "Çiftliği", "Tarım ve Hayvancılık", "Organik Tarım"],
            [2, 2, 0, 0],
            [
                Need("02 05 01", "Peynir altı suyu (hayvan içme suyu katkısı)", 500, 3000, Liquid, 0, 50, unit: CubicMetre),
                Need("19 05 03", "Kompost (toprak iyileştirici)", 200, 2000, Solid, 0, 300),
                Need("02 03 04", "Organik atık (silaj ve yem katkısı)", 200, 2000, Solid, 0, 200),
                Offer("02 01 06", "Büyükbaş hayvan gübresi", 1000, 8000, Sludge, 0, 150,
                    "Biyogaz tesisleri için uygun."),
                Water(Demand, "Sulama için arıtılmış su", 2000, 10000, 1, 5),
                Offer("02 01 03", "Budama ve hasat artıkları", 100, 800, Solid, 0, 150),
            ]),
    ];
}
