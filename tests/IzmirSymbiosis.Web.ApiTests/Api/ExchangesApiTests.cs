using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IzmirSymbiosis.TestSupport;
using MiniExcelLibs;

namespace IzmirSymbiosis.Web.ApiTests.Api;

/// <summary>
/// <c>/api/v1/exchanges</c> from the outside: only the parties, their zones' staff, experts and
/// admins see an exchange (anyone else 404, on reads and on actions), the commercial terms stay with
/// the parties and experts, stale versions answer 409 and an idempotency key makes a retry harmless.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExchangesApiTests(ApiFixture fixture)
{
    private const string Terms = "Ton başına 275 TL, taşıma alıcıdan";

    /// <summary>An open exchange of firm A's offer to firm B, recorded by the expert (any earlier one withdrawn first).</summary>
    private async Task<(Guid Id, int Version)> OpenExchangeAsync()
    {
        using var firmA = fixture.Client("firmA");
        var mine = await firmA.GetJsonAsync("/api/v1/exchanges?mine=true&pageSize=200");
        foreach (var open in mine["items"]!.AsArray().Where(e => e!["stage"]!.GetValue<string>() is not ("Verified" or "Rejected" or "Withdrawn")))
        {
            using var withdrawn = await firmA.SendJsonAsync(HttpMethod.Post, $"/api/v1/exchanges/{open!["id"]}/transitions", new
            {
                action = "Withdraw",
                expectedVersion = open["version"]!.GetValue<int>(),
                comment = "Test temizliği",
            });
            withdrawn.EnsureSuccessStatusCode();
        }

        using var expert = fixture.Client("expert");
        using var response = await expert.SendJsonAsync(HttpMethod.Post, "/api/v1/exchanges", new
        {
            offerStreamId = fixture.OfferA,
            receiverCompanyId = fixture.FirmB.Id,
            title = "Karton ambalaj → kağıt hamuru",
            agreedAmount = 120,
            agreedUnit = "Tonne",
            agreedPeriod = "PerYear",
            route = "WasteRecovery",
            recoveryOperation = "R3",
            transportMode = "Road",
            distanceKm = 12,
            plannedStart = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
            commercialTerms = Terms,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body["id"]!.GetValue<Guid>(), body["version"]!.GetValue<int>());
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/exchanges/{id}/transitions")
        {
            Content = JsonContent.Create(body, options: JsonSerializerOptions.Web),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    [Fact]
    public async Task Documents_UnderTheExchangesRule_PartiesShareThem_ThirdFirmGets404()
    {
        var (id, _) = await OpenExchangeAsync();
        using var firmA = fixture.Client("firmA");
        using var firmB = fixture.Client("firmB");
        using var firmC = fixture.Client("firmC");
        var file = new ByteArrayContent("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray());
        using var form = new MultipartFormDataContent { { new StringContent("AnalysisReport"), "category" }, { file, "file", "analiz.pdf" } };

        using var uploaded = await firmA.PostAsync($"/api/v1/exchanges/{id}/documents", form);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.JsonAsync())["id"]!.GetValue<Guid>();
        var seenByB = await firmB.GetJsonAsync($"/api/v1/exchanges/{id}/documents");
        using var downloadByB = await firmB.GetAsync($"/api/v1/exchanges/{id}/documents/{documentId}");
        using var listByC = await firmC.GetAsync($"/api/v1/exchanges/{id}/documents");
        using var downloadByC = await firmC.GetAsync($"/api/v1/exchanges/{id}/documents/{documentId}");

        Assert.Contains(seenByB["documents"]!.AsArray(), d => d!["id"]!.GetValue<Guid>() == documentId);
        Assert.Equal(HttpStatusCode.OK, downloadByB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listByC.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, downloadByC.StatusCode);
    }

    [Fact]
    public async Task Thread_PartiesTalk_ThirdFirmGets404OnReadingAndWriting()
    {
        var (id, _) = await OpenExchangeAsync();
        using var firmA = fixture.Client("firmA");
        using var expert = fixture.Client("expert");
        using var firmC = fixture.Client("firmC");

        using var posted = await firmA.SendJsonAsync(HttpMethod.Post, $"/api/v1/exchanges/{id}/comments", new { body = "Numune analizi ekte." });
        var seenByExpert = await expert.GetJsonAsync($"/api/v1/exchanges/{id}/comments");
        using var readByC = await firmC.GetAsync($"/api/v1/exchanges/{id}/comments");
        using var writtenByC = await firmC.SendJsonAsync(HttpMethod.Post, $"/api/v1/exchanges/{id}/comments", new { body = "Merhaba" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Contains("Numune analizi ekte.", seenByExpert.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, readByC.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, writtenByC.StatusCode);
        Assert.DoesNotContain("Merhaba", (await expert.GetJsonAsync($"/api/v1/exchanges/{id}/comments")).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OfTheList_GivesThePartiesTheirRowsInTurkishCsvAndXlsx_AndAThirdFirmNothing()
    {
        var (id, _) = await OpenExchangeAsync();
        using var firmA = await fixture.CookieClientAsync("firmA");
        using var firmC = await fixture.CookieClientAsync("firmC");
        using var anonymous = fixture.Client(null);

        using var csv = await firmA.GetAsync("/export/exchanges.csv");
        using var xlsx = await firmA.GetAsync("/export/exchanges.xlsx");
        using var third = await firmC.GetAsync("/export/exchanges.csv");
        using var outsider = await anonymous.GetAsync("/export/exchanges.csv");
        using var unknown = await firmA.GetAsync("/export/exchanges.exe");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFSimbiyoz;Aşama;", text, StringComparison.Ordinal);
        Assert.Contains("Karton ambalaj → kağıt hamuru;", text, StringComparison.Ordinal);
        // Until every party has confirmed, firm A reads the receiver as anonymous, in the file as on the page; the expert reads both.
        Assert.Contains($"{fixture.FirmA.Name};Anonim firma;", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.FirmB.Name, text, StringComparison.Ordinal);
        using var expert = await fixture.CookieClientAsync("expert");
        Assert.Contains($"{fixture.FirmA.Name};{fixture.FirmB.Name};", await expert.GetStringAsync("/export/exchanges.csv"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var rows = book.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(rows, r => r["Simbiyoz"] as string == "Karton ambalaj → kağıt hamuru");
        }

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var thirdText = await third.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Karton ambalaj", thirdText, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.FirmA.Name, thirdText, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), thirdText, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ExchangeSheet_Pdf_ForAPartyShowsTheTurkishTextAndRendersToPng_AThirdFirmGets404()
    {
        var (id, _) = await OpenExchangeAsync();
        using var firmA = await fixture.CookieClientAsync("firmA");
        using var firmC = await fixture.CookieClientAsync("firmC");

        using var sheet = await firmA.GetAsync($"/reports/exchanges/{id}.pdf");
        using var third = await firmC.GetAsync($"/reports/exchanges/{id}.pdf");
        using var outsider = await fixture.Client(null).GetAsync($"/reports/exchanges/{id}.pdf");

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType?.MediaType);
        var pdf = await sheet.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "exchange-sheet.pdf");
        await File.WriteAllBytesAsync(file, pdf);

        // The text as a reader's PDF viewer extracts it: Turkish letters whole (shipped fonts), the receiver anonymous to firm A.
        var text = await Poppler.RunAsync("pdftotext", "-layout", file, "-");
        Assert.Contains("Karton ambalaj → kağıt hamuru", text, StringComparison.Ordinal);
        Assert.Contains("Anlaşma bilgileri", text, StringComparison.Ordinal);
        Assert.Contains("İzmir Bölgesi Endüstriyel Simbiyoz Platformu · 1 / 1", text, StringComparison.Ordinal);
        Assert.Contains("Anonim firma", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.FirmB.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Terms, text, StringComparison.Ordinal);
        await Poppler.RunAsync("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(folder, "exchange-sheet"));
        Assert.True(new FileInfo(Path.Combine(folder, "exchange-sheet.png")).Length > 5_000);

        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, outsider.StatusCode);
    }

    [Fact]
    public async Task ThirdFirm_Gets404OnDetailUpdateAndActions_AndSeesNothingInTheList()
    {
        var (id, version) = await OpenExchangeAsync();
        using var firmC = fixture.Client("firmC");

        using var detail = await firmC.GetAsync($"/api/v1/exchanges/{id}");
        using var update = await firmC.SendJsonAsync(HttpMethod.Put, $"/api/v1/exchanges/{id}", new { version, title = "Ele geçirme" });
        using var action = await ActAsync(firmC, id, new { action = "Withdraw", expectedVersion = version, comment = "x" });
        var list = await firmC.GetJsonAsync("/api/v1/exchanges?pageSize=200");

        foreach (var response in new[] { detail, update, action })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(fixture.FirmA.Name, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(fixture.FirmB.Name, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(list["items"]!.AsArray(), e => e!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task StaffOfAnotherZone_Gets404()
    {
        // Firm B (zone 2) gives to firm C (no zone): nothing of the staff's zone 1.
        using var expert = fixture.Client("expert");
        using var created = await expert.SendJsonAsync(HttpMethod.Post, "/api/v1/exchanges", new
        {
            offerStreamId = fixture.OfferB,
            receiverCompanyId = fixture.FirmC.Id,
            title = $"Kenar kesim artığı {Guid.NewGuid():N}",
        });
        var id = created.StatusCode == HttpStatusCode.Created
            ? (await created.JsonAsync())["id"]!.GetValue<Guid>()
            : (await expert.GetJsonAsync("/api/v1/exchanges?pageSize=200"))["items"]!.AsArray()
                .First(e => e!["receiverCompanyId"]!.GetValue<Guid>() == fixture.FirmC.Id)!["id"]!.GetValue<Guid>();
        using var staff = fixture.Client("staff");

        using var response = await staff.GetAsync($"/api/v1/exchanges/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CommercialTerms_HiddenFromStaff_ShownToPartiesAndExperts()
    {
        var (id, _) = await OpenExchangeAsync();

        var asStaff = await fixture.Client("staff").GetJsonAsync($"/api/v1/exchanges/{id}");
        var asReceiver = await fixture.Client("firmB").GetJsonAsync($"/api/v1/exchanges/{id}");
        var asExpert = await fixture.Client("expert").GetJsonAsync($"/api/v1/exchanges/{id}");

        Assert.DoesNotContain(Terms, asStaff.ToJsonString(), StringComparison.Ordinal);
        Assert.False(asStaff["commercialTermsVisible"]!.GetValue<bool>());
        Assert.Equal(Terms, asReceiver["commercialTerms"]!.GetValue<string>());
        Assert.Equal(Terms, asExpert["commercialTerms"]!.GetValue<string>());
        Assert.Equal("PartyFirmUser", asReceiver["relation"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaleVersion_Answers409_OnUpdateAndTransition()
    {
        var (id, version) = await OpenExchangeAsync();
        using var staff = fixture.Client("staff");

        using var update = await staff.SendJsonAsync(HttpMethod.Put, $"/api/v1/exchanges/{id}", new { version = version + 5, title = "Eski sürüm" });
        using var action = await ActAsync(staff, id, new { action = "Propose", expectedVersion = version + 5 });

        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, action.StatusCode);
        Assert.Equal("application/problem+json", action.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SameIdempotencyKey_Twice_TransitionsOnceAndReplaysTheFirstResult()
    {
        var (id, version) = await OpenExchangeAsync();
        using var staff = fixture.Client("staff");
        var key = Guid.NewGuid().ToString();

        using var first = await ActAsync(staff, id, new { action = "Propose", expectedVersion = version }, key);
        using var second = await ActAsync(staff, id, new { action = "Propose", expectedVersion = version }, key);
        var a = await first.JsonAsync();
        var b = await second.JsonAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.False(a["replayed"]!.GetValue<bool>());
        Assert.True(b["replayed"]!.GetValue<bool>());
        Assert.Equal(a["version"]!.GetValue<int>(), b["version"]!.GetValue<int>());
        var detail = await fixture.Client("expert").GetJsonAsync($"/api/v1/exchanges/{id}");
        Assert.Single(detail["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "Propose");
    }

    [Fact]
    public async Task FirmApproving_Answers403WithTheTranslatedReason_AndNothingChanges()
    {
        var (id, version) = await OpenExchangeAsync();
        using var firmA = fixture.Client("firmA", "en");

        using var response = await ActAsync(firmA, id, new { action = "Approve", expectedVersion = version });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Only İZKA experts can do this.", problem["detail"]!.GetValue<string>());
        Assert.Equal(version, (await firmA.GetJsonAsync($"/api/v1/exchanges/{id}"))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Withdraw_WithoutReason_Answers400AtTheField()
    {
        var (id, version) = await OpenExchangeAsync();
        using var firmA = fixture.Client("firmA");

        using var response = await ActAsync(firmA, id, new { action = "Withdraw", expectedVersion = version });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Gerekçe zorunludur.", problem["errors"]!["comment"]![0]!.GetValue<string>());
    }
}
