using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Streams;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>The generated demo firms and their offers and needs, not yet saved.</summary>
/// <param name="Companies">Firms with fixed ids, VKNs and timestamps.</param>
/// <param name="Streams">Offers and needs; each <see cref="ResourceStream.CompanyId"/> is one of <paramref name="Companies"/>.</param>
public sealed record DemoDataSet(IReadOnlyList<Company> Companies, IReadOnlyList<ResourceStream> Streams);
