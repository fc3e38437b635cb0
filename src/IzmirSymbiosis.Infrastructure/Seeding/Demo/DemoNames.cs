namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>Word stems for fictional firm and person names. Any likeness to a real firm is chance.</summary>
internal static class DemoNames
{
    /// <summary>Regional stems: rivers, mountains, bays, ancient cities of the İzmir region.</summary>
    public static readonly string[] RegionStems =
    [
        "Ege", "Gediz", "Bakırçay", "Nemrut", "Körfez", "Kordon", "Yamanlar", "Spil", "Bozdağ", "Efes",
        "Kadifekale", "Karataş", "Küçük Menderes", "Tahtalı", "Foça", "Çandarlı", "Dikili", "Urla", "Çeşme",
        "Karaburun", "Pagos", "Smyrna", "Homeros", "Batı Anadolu", "Yıldız", "Başak", "Çınar", "Doğuş",
        "Işık", "Ilgaz", "Şafak", "Güneş", "Anadolu", "Özgür", "Öncü", "İnci", "Kuzey Ege", "Altıntaş",
    ];

    /// <summary>Family names used as firm stems and person surnames.</summary>
    public static readonly string[] Surnames =
    [
        "Yılmaz", "Kaya", "Demir", "Şahin", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
        "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan", "Güneş",
        "Akın", "Işıklar", "Ilıcak", "Ünal", "Gül", "Tekin", "Uğurlu", "Karaca", "Çakır", "Ağaoğlu",
        "Sönmez", "Güler", "Erdem", "Bozkurt", "Türkoğlu", "İnce", "Ölmez", "Çağlayan", "Süzer",
    ];

    public static readonly string[] FirstNames =
    [
        "Ayşe", "Fatma", "Zeynep", "Elif", "Şule", "Gülşen", "Özlem", "Müge", "Çiğdem", "Nazlı", "Ebru",
        "Sevgi", "İpek", "Merve", "Büşra", "Dilek", "Gökçe", "Ilgın", "Mehmet", "Mustafa", "Ahmet", "Ali",
        "Hüseyin", "İbrahim", "İsmail", "Murat", "Ömer", "Gökhan", "Serkan", "Uğur", "Barış", "Çağlar",
        "Onur", "Tolga", "Oğuz", "Ertuğrul", "Şükrü", "Hakan", "Işık", "Ümit",
    ];

    public static readonly string[] Titles =
    [
        "Çevre Müdürü", "Üretim Müdürü", "Çevre Mühendisi", "Satın Alma Müdürü", "Fabrika Müdürü",
        "İSG ve Çevre Uzmanı", "Genel Müdür", "Kalite ve Çevre Yöneticisi", "Atık Yönetimi Sorumlusu",
        "İşletme Müdürü", "Enerji Yöneticisi",
    ];

    /// <summary>Trade-name middles; empty means none.</summary>
    public static readonly string[] TradeForms =
    [
        "Sanayi ve Ticaret", "Sanayi ve Ticaret", "San. ve Tic.", "Sanayi", "İnşaat Sanayi ve Ticaret",
        "Dış Ticaret", "Üretim ve Pazarlama", string.Empty,
    ];

    public static readonly string[] LegalForms = ["A.Ş.", "A.Ş.", "Ltd. Şti.", "Ltd. Şti.", "Ltd. Şti."];

    /// <summary>Stem every upper-case name starts with, so searches for <c>izmir</c> find them.</summary>
    public const string UpperCaseStem = "İzmir";
}
