using System.Reflection;
using NetArchTest.Rules;

namespace IzmirSymbiosis.ArchitectureTests;

/// <summary>
/// The dependency rule of DESIGN.md §8, checked on the compiled assemblies: dependencies point
/// inward (Domain ← Matching ← Application ← Infrastructure/Web), and pages, components and
/// endpoints talk to Application only (Web references Infrastructure just to wire it up).
/// </summary>
public sealed class LayerDependencyTests
{
    private const string Domain = "IzmirSymbiosis.Domain";
    private const string Matching = "IzmirSymbiosis.Matching";
    private const string Application = "IzmirSymbiosis.Application";
    private const string Infrastructure = "IzmirSymbiosis.Infrastructure";
    private const string Web = "IzmirSymbiosis.Web";
    private const string Cli = "IzmirSymbiosis.Cli";
    private const string ReferenceData = "IzmirSymbiosis.ReferenceData";

    private static readonly Assembly s_domain = typeof(Domain.Companies.Company).Assembly;
    private static readonly Assembly s_matching = typeof(Matching.MatchingOptions).Assembly;
    private static readonly Assembly s_application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly s_infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly s_web = typeof(Web.DependencyInjection).Assembly;
    private static readonly Assembly s_referenceData = typeof(ReferenceData.ReferenceDataReader).Assembly;

    [Fact]
    public void Domain_DependsOnNothingOfOurs() =>
        AssertNoDependency(Types.InAssembly(s_domain), Matching, ReferenceData, Application, Infrastructure, Web, Cli);

    [Fact]
    public void ReferenceData_DependsOnDomainOnly() =>
        AssertNoDependency(Types.InAssembly(s_referenceData), Matching, Application, Infrastructure, Web, Cli);

    [Fact]
    public void Matching_DependsOnDomainOnly() =>
        AssertNoDependency(Types.InAssembly(s_matching), ReferenceData, Application, Infrastructure, Web, Cli);

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrWeb() =>
        AssertNoDependency(Types.InAssembly(s_application), Infrastructure, Web, Cli);

    [Fact]
    public void Infrastructure_DoesNotDependOnWeb() =>
        AssertNoDependency(Types.InAssembly(s_infrastructure), Web, Cli);

    [Fact]
    public void Components_UseApplicationOnly() =>
        AssertNoDependency(
            Types.InAssembly(s_web).That().ResideInNamespace($"{Web}.Components"),
            Infrastructure, "Microsoft.EntityFrameworkCore", "Npgsql");

    [Fact]
    public void Endpoints_UseApplicationOnly() =>
        AssertNoDependency(
            Types.InAssembly(s_web).That().ResideInNamespace($"{Web}.Api"),
            Infrastructure, "Microsoft.EntityFrameworkCore", "Npgsql");

    [Fact]
    public void Web_UsesInfrastructureOnlyToWireItUp()
    {
        // The composition root (Program's top-level statements, DependencyInjection, start-up, error policy) and the
        // sign-in plumbing over Identity's SignInManager in Security; nothing else in Web.
        string[] allowed = [Web, $"{Web}.Security"];
        var users = Types.InAssembly(s_web).That().HaveDependencyOn(Infrastructure).GetTypes()
            .Select(t => t.DeclaringType ?? t)
            .Where(t => t.FullName != "Program" && !allowed.Contains(t.Namespace))
            .Select(t => t.FullName)
            .Distinct()
            .ToList();
        Assert.True(users.Count == 0, $"These Web types use Infrastructure outside the composition root: {string.Join(", ", users)}");
    }

    [Fact]
    public void Rules_SeeTheTypesTheyCheck()
    {
        // A rule over an empty selection passes whatever the code does: make sure it is not empty.
        Assert.NotEmpty(Types.InAssembly(s_web).That().ResideInNamespace($"{Web}.Components").GetTypes());
        Assert.NotEmpty(Types.InAssembly(s_web).That().ResideInNamespace($"{Web}.Api").GetTypes());
        Assert.NotEmpty(Types.InAssembly(s_web).That().HaveDependencyOn(Infrastructure).GetTypes());
        Assert.Contains(
            Types.InAssembly(s_web).That().ResideInNamespace($"{Web}.Components.Pages.Staff").GetTypes(),
            t => t.Name == "MembershipsPage");
    }

    private static void AssertNoDependency(PredicateList types, params string[] forbidden) =>
        Report(types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult(), forbidden);

    private static void AssertNoDependency(Types types, params string[] forbidden) =>
        Report(types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult(), forbidden);

    private static void Report(TestResult result, string[] forbidden) =>
        Assert.True(
            result.IsSuccessful,
            $"These types depend on {string.Join(" or ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
}
