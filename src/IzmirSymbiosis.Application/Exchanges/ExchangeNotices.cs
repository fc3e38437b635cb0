using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Exchanges;

namespace IzmirSymbiosis.Application.Exchanges;

/// <summary>
/// The notices of the exchange workflow: who is told (the party firms, their zones' staff, the
/// creator and the proposer, and the experts when a review waits) and what, in words every one of
/// them may read (no firm, no figure, no terms).
/// </summary>
internal static class ExchangeNotices
{
    private static readonly Dictionary<string, (string Kind, string Tr, string En)> s_texts = new()
    {
        [ExchangeHistoryEntry.CreateAction] = ("exchange.created", "Yeni bir simbiyoz kaydedildi", "A new exchange was recorded"),
        [nameof(ExchangeAction.ConfirmParticipation)] = ("exchange.confirmed", "Bir firma simbiyoza katılımını onayladı", "A firm confirmed its participation in an exchange"),
        [nameof(ExchangeAction.Propose)] = ("exchange.proposed", "Bir simbiyoz önerildi", "An exchange was proposed"),
        [nameof(ExchangeAction.SubmitForReview)] = ("exchange.submitted", "Bir simbiyoz uzman incelemesine gönderildi", "An exchange was submitted for expert review"),
        [nameof(ExchangeAction.Approve)] = ("exchange.approved", "Bir simbiyoz onaylandı", "An exchange was approved"),
        [nameof(ExchangeAction.Reject)] = ("exchange.rejected", "Bir simbiyoz reddedildi", "An exchange was rejected"),
        [nameof(ExchangeAction.SendBack)] = ("exchange.sent_back", "Bir simbiyoz için ek bilgi istendi", "More information was asked for on an exchange"),
        [nameof(ExchangeAction.StartImplementation)] = ("exchange.started", "Bir simbiyozun uygulaması başladı", "An exchange's implementation started"),
        [nameof(ExchangeAction.ReportImplemented)] = ("exchange.implemented", "Bir simbiyozda ilk teslimat yapıldı", "An exchange's first delivery was reported"),
        [nameof(ExchangeAction.Verify)] = ("exchange.verified", "Bir simbiyoz doğrulandı", "An exchange was verified"),
        [nameof(ExchangeAction.Withdraw)] = ("exchange.withdrawn", "Bir simbiyoz geri çekildi", "An exchange was withdrawn"),
        [ExchangeHistoryEntry.UpdateDraftAction] = ("exchange.updated", "Bir simbiyoz taslağı değişti", "An exchange draft changed"),
    };

    /// <summary>The notice for a step of <paramref name="exchange"/>.</summary>
    public static Notice For(Exchange exchange, string action, IReadOnlyDictionary<Guid, int?> partyZones)
    {
        var (kind, tr, en) = s_texts[action];
        var audience = Circle(exchange, partyZones) with
        {
            Experts = exchange.Stage == ExchangeStage.UnderReview || action == nameof(ExchangeAction.Verify) || exchange.Stage == ExchangeStage.Implemented,
        };
        return new Notice(kind, SubjectKind.Exchange, exchange.Id, LinkOf(exchange.Id), tr, en, audience);
    }

    /// <summary>
    /// The people of an exchange who hear of every step, message and document: the party firms,
    /// their zones' staff, the creator and the proposer.
    /// </summary>
    public static NoticeAudience Circle(Exchange exchange, IReadOnlyDictionary<Guid, int?> partyZones) => new(
        exchange.PartyCompanyIds,
        [.. partyZones.Values.OfType<int>().Distinct()],
        UserIds: [.. new[] { exchange.CreatedByUserId, exchange.ProposedByUserId ?? exchange.CreatedByUserId }.Distinct()]);

    /// <summary>The exchange's page in the app.</summary>
    public static string LinkOf(Guid exchangeId) => $"exchanges/{exchangeId}";
}
