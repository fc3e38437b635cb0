namespace IzmirSymbiosis.ReferenceData;

/// <summary>
/// Our own Turkish titles for the EWC chapters and the NACE Rev.2 sections. No licensed Turkish
/// translation was available (see NOTICE); the official code stays the key.
/// </summary>
public static class TurkishTitles
{
    /// <summary>EWC chapter (two digits) → Turkish title.</summary>
    public static readonly IReadOnlyDictionary<string, string> EwcChapters = new Dictionary<string, string>
    {
        ["01"] = "Maden arama, madencilik, taş ocakçılığı ve minerallerin fiziksel ve kimyasal işlenmesinden kaynaklanan atıklar",
        ["02"] = "Tarım, bahçecilik, su ürünleri, ormancılık, avcılık, balıkçılık, gıda hazırlama ve işlemeden kaynaklanan atıklar",
        ["03"] = "Ağaç işleme ile levha, mobilya, selüloz, kâğıt ve karton üretiminden kaynaklanan atıklar",
        ["04"] = "Deri, kürk ve tekstil endüstrilerinden kaynaklanan atıklar",
        ["05"] = "Petrol rafinasyonu, doğal gaz saflaştırma ve kömürün pirolitik işlenmesinden kaynaklanan atıklar",
        ["06"] = "İnorganik kimyasal proseslerden kaynaklanan atıklar",
        ["07"] = "Organik kimyasal proseslerden kaynaklanan atıklar",
        ["08"] = "Kaplamalar (boya, vernik, emaye), yapıştırıcı, dolgu macunu ve baskı mürekkeplerinin üretim, formülasyon, tedarik ve kullanımından (ÜFTK) kaynaklanan atıklar",
        ["09"] = "Fotoğraf endüstrisinden kaynaklanan atıklar",
        ["10"] = "Isıl işlemlerden kaynaklanan atıklar",
        ["11"] = "Metallerin ve diğer malzemelerin kimyasal yüzey işlemi ve kaplanmasından; demir dışı hidrometalurjiden kaynaklanan atıklar",
        ["12"] = "Metallerin ve plastiklerin fiziksel ve mekanik yüzey işlenmesi ve şekillendirilmesinden kaynaklanan atıklar",
        ["13"] = "Yağ atıkları ve sıvı yakıt atıkları (yenilebilir yağlar, 05, 12 ve 19 hariç)",
        ["14"] = "Organik çözücü, soğutucu ve itici atıklar (07 ve 08 hariç)",
        ["15"] = "Atık ambalajlar; başka bir şekilde belirtilmemiş emiciler, silme bezleri, filtre malzemeleri ve koruyucu giysiler",
        ["16"] = "Listede başka bir şekilde belirtilmemiş atıklar",
        ["17"] = "İnşaat ve yıkım atıkları (kirlenmiş alanlardan çıkartılan toprak dahil)",
        ["18"] = "İnsan ve hayvan sağlığı ve/veya bununla ilgili araştırmalardan kaynaklanan atıklar",
        ["19"] = "Atık yönetim tesislerinden, tesis dışı atık su arıtma tesislerinden ve insan tüketimi ve endüstriyel kullanım için su hazırlama tesislerinden kaynaklanan atıklar",
        ["20"] = "Ayrı toplanan fraksiyonlar dahil evsel atıklar ve benzeri ticari, endüstriyel ve kurumsal atıklar",
    };

    /// <summary>NACE Rev.2 section letter → Turkish title.</summary>
    public static readonly IReadOnlyDictionary<string, string> NaceSections = new Dictionary<string, string>
    {
        ["A"] = "Tarım, ormancılık ve balıkçılık",
        ["B"] = "Madencilik ve taş ocakçılığı",
        ["C"] = "İmalat",
        ["D"] = "Elektrik, gaz, buhar ve iklimlendirme üretimi ve dağıtımı",
        ["E"] = "Su temini; kanalizasyon, atık yönetimi ve iyileştirme faaliyetleri",
        ["F"] = "İnşaat",
        ["G"] = "Toptan ve perakende ticaret; motorlu kara taşıtlarının ve motosikletlerin onarımı",
        ["H"] = "Ulaştırma ve depolama",
        ["I"] = "Konaklama ve yiyecek hizmeti faaliyetleri",
        ["J"] = "Bilgi ve iletişim",
        ["K"] = "Finans ve sigorta faaliyetleri",
        ["L"] = "Gayrimenkul faaliyetleri",
        ["M"] = "Mesleki, bilimsel ve teknik faaliyetler",
        ["N"] = "İdari ve destek hizmet faaliyetleri",
        ["O"] = "Kamu yönetimi ve savunma; zorunlu sosyal güvenlik",
        ["P"] = "Eğitim",
        ["Q"] = "İnsan sağlığı ve sosyal hizmet faaliyetleri",
        ["R"] = "Kültür, sanat, eğlence, dinlence ve spor",
        ["S"] = "Diğer hizmet faaliyetleri",
        ["T"] = "Hanehalklarının işverenler olarak faaliyetleri; hanehalkları tarafından kendi kullanımlarına yönelik ayrım yapılmamış mal ve hizmet üretim faaliyetleri",
        ["U"] = "Ülke dışı örgütler ve temsilciliklerinin faaliyetleri",
    };
}
