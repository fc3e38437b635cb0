using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Impact;

/// <summary>
/// A versioned set of impact factors (DESIGN.md §6): every figure of the ledger names the set and
/// version it was computed with and keeps a copy of the rows it used. Once any figure refers to a
/// set it is in use (<see cref="InUseSince"/>) and can never change again; a change of factors is a
/// new set. The database refuses changes to a used set too (trigger), so not even a hand-written
/// UPDATE slips through.
/// </summary>
public sealed class FactorSet
{
    /// <summary>Maximum length of the name.</summary>
    public const int NameMaxLength = 120;

    private readonly List<FactorRow> _rows = [];

    private FactorSet()
    {
        Name = string.Empty;
    }

    /// <summary>Identifier (assigned by the database; the seeded first set is 1).</summary>
    public int Id { get; private set; }

    /// <summary>Name, e.g. "İzmir Simbiyoz etki faktörleri".</summary>
    public string Name { get; private set; }

    /// <summary>Version number, one more than the previous set of the same name.</summary>
    public int Version { get; private set; }

    /// <summary>The day the set was published (the newest published set is used for new figures).</summary>
    public DateOnly PublishedOn { get; private set; }

    /// <summary>Who created it (null for the seeded set).</summary>
    public Guid? CreatedByUserId { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a figure first referred to it; null while unused (only then may it change).</summary>
    public DateTimeOffset? InUseSince { get; private set; }

    /// <summary>Whether a figure refers to it.</summary>
    public bool IsInUse => InUseSince is not null;

    /// <summary>The factor rows, one per key.</summary>
    public IReadOnlyList<FactorRow> Rows => _rows;

    /// <summary>Creates a set with its rows; keys must be unique and every row valid.</summary>
    public static FactorSet Create(string name, int version, DateOnly publishedOn, Guid? createdByUserId, DateTimeOffset now, IEnumerable<FactorRow> rows, int id = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var n = name?.Trim() ?? string.Empty;
        if (n.Length == 0)
        {
            throw new DomainException("Impact.FactorSetNameRequired", nameof(Name));
        }

        if (n.Length > NameMaxLength)
        {
            throw new DomainException("Impact.FactorSetNameTooLong", nameof(Name), NameMaxLength);
        }

        Guard.PlainText(n, nameof(Name));
        if (version < 1)
        {
            throw new DomainException("Impact.FactorSetVersionPositive", nameof(Version));
        }

        var set = new FactorSet { Id = id, Name = n, Version = version, PublishedOn = publishedOn, CreatedByUserId = createdByUserId, CreatedAt = now };
        foreach (var row in rows)
        {
            set.AddRow(row);
        }

        if (set._rows.Count == 0)
        {
            throw new DomainException("Impact.FactorSetEmpty", nameof(Rows));
        }

        return set;
    }

    /// <summary>The row of <paramref name="key"/>, or null.</summary>
    public FactorRow? Row(string key) => _rows.Find(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    /// <summary>Replaces the value, unit and source of a row of an unused set.</summary>
    /// <exception cref="DomainException"><c>Impact.FactorSetInUse</c> once a figure refers to the set.</exception>
    public void ReplaceRow(FactorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfInUse();
        var i = _rows.FindIndex(r => string.Equals(r.Key, row.Key, StringComparison.Ordinal));
        if (i < 0)
        {
            throw new DomainException("Impact.FactorKeyUnknown", nameof(Rows), row.Key);
        }

        _rows[i].CopyFrom(row);
    }

    /// <summary>Renames an unused set.</summary>
    /// <exception cref="DomainException"><c>Impact.FactorSetInUse</c> once a figure refers to the set.</exception>
    public void Rename(string name)
    {
        ThrowIfInUse();
        var n = name?.Trim() ?? string.Empty;
        if (n.Length == 0 || n.Length > NameMaxLength)
        {
            throw new DomainException(n.Length == 0 ? "Impact.FactorSetNameRequired" : "Impact.FactorSetNameTooLong", nameof(Name), NameMaxLength);
        }

        Guard.PlainText(n, nameof(Name));
        Name = n;
    }

    /// <summary>Marks the set as used by a figure (first use only; later calls change nothing).</summary>
    public void MarkInUse(DateTimeOffset now) => InUseSince ??= now;

    private void AddRow(FactorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Row(row.Key) is not null)
        {
            throw new DomainException("Impact.FactorKeyDuplicate", nameof(Rows), row.Key);
        }

        _rows.Add(row);
    }

    private void ThrowIfInUse()
    {
        if (IsInUse)
        {
            throw new DomainException("Impact.FactorSetInUse", nameof(InUseSince));
        }
    }
}

/// <summary>
/// One factor of a <see cref="FactorSet"/>: a value with its unit, the publication it comes from and
/// the publication's year, a note (e.g. what is still to be checked against the publication) and a
/// short description in Turkish and English for the "Nasıl hesaplandı?" text.
/// </summary>
public sealed class FactorRow
{
    /// <summary>Maximum length of a key.</summary>
    public const int KeyMaxLength = 120;

    /// <summary>Maximum length of a unit.</summary>
    public const int UnitMaxLength = 40;

    /// <summary>Maximum length of a source or description.</summary>
    public const int TextMaxLength = 300;

    /// <summary>Maximum length of a note.</summary>
    public const int NoteMaxLength = 1000;

    private FactorRow()
    {
        Key = Unit = Source = LabelTr = LabelEn = string.Empty;
    }

    /// <summary>Creates a row, checking its fields.</summary>
    public FactorRow(string key, decimal value, string unit, string source, int year, string? note, string labelTr, string labelEn)
        : this()
    {
        Key = Required(key, KeyMaxLength, nameof(Key));
        Set(value, unit, source, year, note, labelTr, labelEn);
    }

    /// <summary>Identifier.</summary>
    public long Id { get; private set; }

    /// <summary>The set it belongs to.</summary>
    public int FactorSetId { get; private set; }

    /// <summary>Key the calculation looks the row up by, e.g. <c>transport/road</c>.</summary>
    public string Key { get; private set; }

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public decimal Value { get; private set; }

    /// <summary>Unit, e.g. <c>kg CO2e/t</c>, <c>kg CO2e/t·km</c>, <c>kg CO2e/MWh</c>.</summary>
    public string Unit { get; private set; }

    /// <summary>The publication, e.g. "UK DESNZ 2024".</summary>
    public string Source { get; private set; }

    /// <summary>Year of the publication.</summary>
    public int Year { get; private set; }

    /// <summary>Remarks: derivation, what is still to be checked against the publication.</summary>
    public string? Note { get; private set; }

    /// <summary>What the value is, in Turkish.</summary>
    public string LabelTr { get; private set; }

    /// <summary>What the value is, in English.</summary>
    public string LabelEn { get; private set; }

    internal void CopyFrom(FactorRow other) =>
        Set(other.Value, other.Unit, other.Source, other.Year, other.Note, other.LabelTr, other.LabelEn);

    private void Set(decimal value, string unit, string source, int year, string? note, string labelTr, string labelEn)
    {
        if (year is < 1990 or > 2100)
        {
            throw new DomainException("Impact.FactorYearRange", nameof(Year));
        }

        Value = value;
        Unit = Required(unit, UnitMaxLength, nameof(Unit));
        Source = Required(source, TextMaxLength, nameof(Source));
        Year = year;
        var n = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (n is { Length: > NoteMaxLength })
        {
            throw new DomainException("Impact.FactorNoteTooLong", nameof(Note), NoteMaxLength);
        }

        Note = n;
        LabelTr = Required(labelTr, TextMaxLength, nameof(LabelTr));
        LabelEn = Required(labelEn, TextMaxLength, nameof(LabelEn));
    }

    private static string Required(string? text, int max, string field)
    {
        var t = text?.Trim() ?? string.Empty;
        if (t.Length == 0)
        {
            throw new DomainException("Impact.FactorFieldRequired", field);
        }

        if (t.Length > max)
        {
            throw new DomainException("Impact.FactorFieldTooLong", field, max);
        }

        return t;
    }
}
