namespace IzmirSymbiosis.Application.Impact;

/// <summary>A factor set as lists show it.</summary>
public sealed record FactorSetSummary(int Id, string Name, int Version, DateOnly PublishedOn, DateTimeOffset CreatedAt, DateTimeOffset? InUseSince, int RowCount, bool IsCurrent);

/// <summary>A factor row as the admin page shows and sends it.</summary>
public sealed record FactorRowInput(string Key, decimal Value, string Unit, string Source, int Year, string? Note, string LabelTr, string LabelEn);

/// <summary>A factor set with all its rows.</summary>
public sealed record FactorSetDetail(FactorSetSummary Summary, IReadOnlyList<FactorRowInput> Rows);

/// <summary>A new factor set: its name (a new name starts at version 1, an existing one gets the next version), publication day and rows.</summary>
public sealed record NewFactorSet(string Name, DateOnly PublishedOn, IReadOnlyList<FactorRowInput> Rows);
