using IzmirSymbiosis.Domain.Field;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Three site visits in the demo staff's zone (the demo firm and two of its neighbours) and one
/// workshop there, so the field pages are not empty on first sight. Topics name sectors only, so no
/// exchange is made behind the workflow's back. Dates are relative to the seeding day.
/// </summary>
internal static class DemoFieldRecords
{
    /// <summary>The visits: the first firm is the demo firm user's.</summary>
    public static IReadOnlyList<FieldVisit> Visits(IReadOnlyList<Guid> firms, Guid staffUserId, DateOnly today, DateTimeOffset now)
    {
        var plans = new (int DaysAgo, string Visitors, string Notes, (string Name, string Role, Gender Gender)[] People, (string Text, int DueInDays)[] FollowUps)[]
        {
            (12, "Ayşe Yılmaz (İZKA), Mehmet Demir (OSB)", "Üretim sahası gezildi. Paketleme hattında karton ve streç film atığı ayrı toplanıyor; aylık miktarlar tartı kayıtlarından çıkarılacak.",
                [("Zeynep Kaya", "Çevre Mühendisi", Gender.Female), ("Ali Şahin", "Fabrika Müdürü", Gender.Male)],
                [("Aylık atık miktarlarını tartı kayıtlarından iste", 7), ("Karton alıcısı için tanıştırma öner", 21)]),
            (20, "Mehmet Demir (OSB)", "Atık ısı kaynağı olarak kompresör soğutma suyu konuşuldu; sıcaklık ölçümü yok.",
                [("Elif Arslan", "Enerji Yöneticisi", Gender.Female)],
                [("Soğutma suyu sıcaklığını ölçtür", 14)]),
            (33, "Ayşe Yılmaz (İZKA)", "Firma simbiyoz programına katılmak istiyor; izin belgeleri eksik.",
                [("Murat Koç", "Genel Müdür Yardımcısı", Gender.Male), ("Selin Öztürk", "İSG Uzmanı", Gender.Female)],
                [("Tehlikeli atık lisansının kopyasını iste", 10)]),
        };
        var visits = new List<FieldVisit>();
        for (var i = 0; i < Math.Min(firms.Count, plans.Length); i++)
        {
            var plan = plans[i];
            var on = today.AddDays(-plan.DaysAgo);
            var visit = FieldVisit.Create(firms[i], on, plan.Visitors, plan.Notes, today, staffUserId, now);
            visit.SetParticipants([.. plan.People.Select(p => VisitParticipant.Create(p.Name, p.Role, p.Gender))]);
            visit.SetFollowUps([.. plan.FollowUps.Select(f => FollowUp.Create(f.Text, on.AddDays(f.DueInDays), false, on))]);
            visits.Add(visit);
        }

        return visits;
    }

    /// <summary>The workshop of the zone.</summary>
    public static Workshop Workshop(int zoneId, Guid staffUserId, DateOnly today, DateTimeOffset now)
    {
        var workshop = Domain.Field.Workshop.Create(
            today.AddDays(-45), "OSB Konferans Salonu", "İZKA ve UNDP Türkiye", zoneId,
            "Endüstriyel simbiyoz farkındalık ve kaynak eşleştirme çalıştayı.", today, staffUserId, now);
        workshop.SetParticipants(
        [
            ParticipantCount.Create(StakeholderType.Firm, Gender.Female, 9),
            ParticipantCount.Create(StakeholderType.Firm, Gender.Male, 17),
            ParticipantCount.Create(StakeholderType.ZoneOffice, Gender.Female, 2),
            ParticipantCount.Create(StakeholderType.ZoneOffice, Gender.Male, 1),
            ParticipantCount.Create(StakeholderType.University, Gender.Female, 3),
            ParticipantCount.Create(StakeholderType.PublicBody, Gender.Male, 2),
        ]);
        workshop.SetTopics(
        [
            SynergyTopic.Create(Guid.Empty, "Mermer tozu", "23.70", "23.51", null, null, null),
            SynergyTopic.Create(Guid.Empty, "Atık madeni yağ", "29", "19.20", null, null, null),
            SynergyTopic.Create(Guid.Empty, "Zeytin pirinası", "10.41", "35", null, null, null),
        ]);
        return workshop;
    }
}
