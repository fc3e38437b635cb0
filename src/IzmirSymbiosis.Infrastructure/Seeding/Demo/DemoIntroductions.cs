using System.Security.Cryptography;
using System.Text;
using IzmirSymbiosis.Domain.Introductions;
using IzmirSymbiosis.Domain.Matches;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>The demo users an introduction needs (null when the demo accounts are missing).</summary>
internal sealed record DemoIntroductionUsers(Guid FirmUserId, Guid FirmCompanyId, Guid StaffUserId, Guid ExpertUserId);

/// <summary>
/// A few introductions in every state on the stored matches of the demo firm user's firm, so a
/// newcomer signed in as <c>firma@demo.izmirsym.org</c> sees the workflow at once: one accepted
/// (the other firm named on that match only), one waiting for their answer (proposed by OIZ staff),
/// one they asked for, and one each declined, withdrawn and expired. The same matches give the same
/// introductions (ids derived from the pair); times are relative to the seeding moment so that
/// pending ones are not already lapsed.
/// </summary>
internal static class DemoIntroductions
{
    /// <summary>The answer a demo firm without an account gives, recorded under a fixed id of that firm.</summary>
    public static Guid FirmContactOf(Guid companyId) => Derive("demo-contact", companyId);

    /// <summary>Builds the introductions; fewer when the firm has fewer matches.</summary>
    public static IReadOnlyList<Introduction> Build(IEnumerable<Match> matchesOfFirm, DemoIntroductionUsers users, DateTimeOffset now)
    {
        // Best registered pairs first, then latent ones; ties by the (deterministic) stream and firm ids.
        var pairs = matchesOfFirm
            .OrderBy(m => m.Kind == MatchKind.Registered ? 0 : 1).ThenByDescending(m => m.Score).ThenBy(m => m.OfferId).ThenBy(m => m.NeedId ?? m.ReceiverCompanyId)
            .DistinctBy(m => (m.OfferId, m.NeedId ?? m.ReceiverCompanyId))
            .Take(6)
            .ToList();
        var result = new List<Introduction>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var m = pairs[i];
            var mySide = m.OfferCompanyId == users.FirmCompanyId ? IntroductionSide.Giver : IntroductionSide.Receiver;
            var otherSide = mySide == IntroductionSide.Giver ? IntroductionSide.Receiver : IntroductionSide.Giver;
            var other = mySide == IntroductionSide.Giver ? m.ReceiverCompanyId : m.OfferCompanyId;
            var asFirm = mySide == IntroductionSide.Giver ? IntroductionRequesterRole.Giver : IntroductionRequesterRole.Receiver;
            var created = now.AddDays(-(12 - i));
            var (requester, role) = i switch
            {
                1 => (users.StaffUserId, IntroductionRequesterRole.OizStaff),
                5 => (users.ExpertUserId, IntroductionRequesterRole.Expert),
                _ => (users.FirmUserId, asFirm),
            };
            var expires = i == 5 ? created.AddDays(3) : created.AddDays(30);
            var introduction = new Introduction(m.Id, m.OfferId, m.NeedId, m.OfferCompanyId, m.ReceiverCompanyId, requester, role, created, expires);
            switch (i)
            {
                case 0:
                    introduction.Decide(otherSide, IntroductionDecision.Accepted, FirmContactOf(other), null, created.AddDays(2));
                    break;
                case 3:
                    introduction.Decide(otherSide, IntroductionDecision.Declined, FirmContactOf(other), "Şu an bu malzeme için kapasitemiz dolu.", created.AddDays(1));
                    break;
                case 4:
                    introduction.Withdraw(users.FirmUserId, created.AddDays(1));
                    break;
                case 5:
                    introduction.Expire(expires);
                    break;
            }

            DemoEntityStamp.Apply(introduction, Derive("demo-introduction", m.OfferId, m.NeedId ?? m.ReceiverCompanyId), introduction.CreatedAt, introduction.UpdatedAt);
            result.Add(introduction);
        }

        return result;
    }

    private static Guid Derive(string purpose, params Guid[] ids)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(purpose + ":" + string.Join(':', ids)))[..16];
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
