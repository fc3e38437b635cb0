using IzmirSymbiosis.Domain.Exchanges;

namespace IzmirSymbiosis.Domain.UnitTests.Exchanges;

public sealed class ExchangeRulesTests
{
    // The whole stage machine, written out: one line per (action, actor), one column per stage in
    // the order Identified, Proposed, UnderReview, Approved, InImplementation, Implemented,
    // Verified, Rejected, Withdrawn.
    //   + allowed                      a admins do not act          p only parties
    //   s only staff or parties        e only experts               r proposer may not review
    //   w wrong stage                  c closed (final stage)
    private static readonly string[] s_expected =
    [
        "ConfirmParticipation PartyFirmUser   ++wwwwccc",
        "ConfirmParticipation ZoneStaff       ppppppppp",
        "ConfirmParticipation Expert          ppppppppp",
        "ConfirmParticipation ProposingExpert ppppppppp",
        "ConfirmParticipation Admin           aaaaaaaaa",
        "Propose              PartyFirmUser   +wwwwwccc",
        "Propose              ZoneStaff       +wwwwwccc",
        "Propose              Expert          +wwwwwccc",
        "Propose              ProposingExpert +wwwwwccc",
        "Propose              Admin           aaaaaaaaa",
        "SubmitForReview      PartyFirmUser   w+wwwwccc",
        "SubmitForReview      ZoneStaff       w+wwwwccc",
        "SubmitForReview      Expert          sssssssss",
        "SubmitForReview      ProposingExpert sssssssss",
        "SubmitForReview      Admin           aaaaaaaaa",
        "Approve              PartyFirmUser   eeeeeeeee",
        "Approve              ZoneStaff       eeeeeeeee",
        "Approve              Expert          ww+wwwccc",
        "Approve              ProposingExpert rrrrrrrrr",
        "Approve              Admin           aaaaaaaaa",
        "Reject               PartyFirmUser   eeeeeeeee",
        "Reject               ZoneStaff       eeeeeeeee",
        "Reject               Expert          ww+wwwccc",
        "Reject               ProposingExpert rrrrrrrrr",
        "Reject               Admin           aaaaaaaaa",
        "SendBack             PartyFirmUser   eeeeeeeee",
        "SendBack             ZoneStaff       eeeeeeeee",
        "SendBack             Expert          ww+wwwccc",
        "SendBack             ProposingExpert rrrrrrrrr",
        "SendBack             Admin           aaaaaaaaa",
        "StartImplementation  PartyFirmUser   www+wwccc",
        "StartImplementation  ZoneStaff       ppppppppp",
        "StartImplementation  Expert          ppppppppp",
        "StartImplementation  ProposingExpert ppppppppp",
        "StartImplementation  Admin           aaaaaaaaa",
        "ReportImplemented    PartyFirmUser   wwww+wccc",
        "ReportImplemented    ZoneStaff       ppppppppp",
        "ReportImplemented    Expert          ppppppppp",
        "ReportImplemented    ProposingExpert ppppppppp",
        "ReportImplemented    Admin           aaaaaaaaa",
        "Verify               PartyFirmUser   eeeeeeeee",
        "Verify               ZoneStaff       eeeeeeeee",
        "Verify               Expert          wwwww+ccc",
        "Verify               ProposingExpert rrrrrrrrr",
        "Verify               Admin           aaaaaaaaa",
        "Withdraw             PartyFirmUser   ++++++ccc",
        "Withdraw             ZoneStaff       ppppppppp",
        "Withdraw             Expert          ppppppppp",
        "Withdraw             ProposingExpert ppppppppp",
        "Withdraw             Admin           aaaaaaaaa",
    ];

    private static readonly Dictionary<char, string?> s_symbols = new()
    {
        ['+'] = null,
        ['a'] = ExchangeRules.AdminsDoNotAct,
        ['p'] = ExchangeRules.OnlyParties,
        ['s'] = ExchangeRules.OnlyStaffOrParties,
        ['e'] = ExchangeRules.OnlyExperts,
        ['r'] = ExchangeRules.ProposerMayNotReview,
        ['w'] = ExchangeRules.WrongStage,
        ['c'] = ExchangeRules.Closed,
    };

    [Fact]
    public void Decide_EveryActorStageAndAction_MatchesTheWrittenTable()
    {
        var expected = s_expected
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => (Enum.Parse<ExchangeAction>(parts[0]), Enum.Parse<ExchangeActor>(parts[1])), parts => parts[2]);
        var stages = Enum.GetValues<ExchangeStage>();
        var mismatches = new List<string>();
        var checkedCells = 0;

        foreach (var action in Enum.GetValues<ExchangeAction>())
        {
            foreach (var actor in Enum.GetValues<ExchangeActor>())
            {
                Assert.True(expected.TryGetValue((action, actor), out var row), $"The table lacks {action} {actor}.");
                Assert.Equal(stages.Length, row!.Length);
                for (var i = 0; i < stages.Length; i++)
                {
                    var decision = ExchangeRules.Decide(actor, stages[i], action);
                    var want = s_symbols[row[i]];
                    checkedCells++;
                    if (decision.Allowed != (want is null) || decision.ReasonKey != want)
                    {
                        mismatches.Add($"{action} {actor} {stages[i]}: expected {want ?? "allowed"}, got {decision.ReasonKey ?? "allowed"}");
                    }
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(Enum.GetValues<ExchangeAction>().Length * Enum.GetValues<ExchangeActor>().Length * stages.Length, checkedCells);
        Assert.Equal(checkedCells / stages.Length, expected.Count);
    }

    [Theory]
    [InlineData(ExchangeStage.Identified, ExchangeAction.Propose, ExchangeStage.Proposed)]
    [InlineData(ExchangeStage.Proposed, ExchangeAction.SubmitForReview, ExchangeStage.UnderReview)]
    [InlineData(ExchangeStage.UnderReview, ExchangeAction.Approve, ExchangeStage.Approved)]
    [InlineData(ExchangeStage.UnderReview, ExchangeAction.Reject, ExchangeStage.Rejected)]
    [InlineData(ExchangeStage.UnderReview, ExchangeAction.SendBack, ExchangeStage.Proposed)]
    [InlineData(ExchangeStage.Approved, ExchangeAction.StartImplementation, ExchangeStage.InImplementation)]
    [InlineData(ExchangeStage.InImplementation, ExchangeAction.ReportImplemented, ExchangeStage.Implemented)]
    [InlineData(ExchangeStage.Implemented, ExchangeAction.Verify, ExchangeStage.Verified)]
    [InlineData(ExchangeStage.Implemented, ExchangeAction.Withdraw, ExchangeStage.Withdrawn)]
    [InlineData(ExchangeStage.Proposed, ExchangeAction.ConfirmParticipation, ExchangeStage.Proposed)]
    public void Target_EachAction_LeadsToItsStage(ExchangeStage from, ExchangeAction action, ExchangeStage to) =>
        Assert.Equal(to, ExchangeRules.Target(from, action));

    [Fact]
    public void Allowed_ExpertAtUnderReview_ListsTheThreeDecisions() =>
        Assert.Equal([ExchangeAction.Approve, ExchangeAction.Reject, ExchangeAction.SendBack], ExchangeRules.Allowed(ExchangeActor.Expert, ExchangeStage.UnderReview));
}
