using IzmirSymbiosis.Matching.Model;
using IzmirSymbiosis.Matching.Preparation;

namespace IzmirSymbiosis.Matching.Engine;

/// <summary>
/// The companies and active streams the engine holds. Each stream sits in a numbered slot (a
/// removed stream's slot is reused), and the numbers the scorer reads (<see cref="HotStream"/>) are
/// kept in one flat array by slot. Also the company facts the latent lists need: firms by NACE
/// division and firms with an active need. Not thread-safe: the engine's lock guards it.
/// </summary>
internal sealed class StreamStore(StreamPreparer preparer)
{
    private readonly Dictionary<Guid, PreparedCompany> _companies = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _companyStreams = [];
    private readonly Dictionary<string, HashSet<Guid>> _companiesByDivision = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _companiesWithNeeds = [];
    private readonly Dictionary<Guid, PreparedStream> _streams = [];
    private readonly List<PreparedStream?> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    private HotStream[] _hot = [];

    /// <summary>Number of streams held.</summary>
    public int Count => _streams.Count;

    /// <summary>Number of slots ever used (slot numbers are below it).</summary>
    public int SlotCount => _slots.Count;

    /// <summary>The stream in a slot; null when the slot is free.</summary>
    public PreparedStream? At(int slot) => _slots[slot];

    /// <summary>The scorer's numbers of the stream in a slot.</summary>
    public ref HotStream Hot(int slot) => ref _hot[slot];

    /// <summary>The slot of a held stream.</summary>
    public int SlotOf(Guid streamId) => _streams[streamId].Slot;

    public bool TryGetStream(Guid streamId, out PreparedStream stream) => _streams.TryGetValue(streamId, out stream!);

    public bool TryGetCompany(Guid companyId, out PreparedCompany company) => _companies.TryGetValue(companyId, out company!);

    public PreparedCompany Company(Guid companyId) => _companies[companyId];

    /// <summary>A held stream.</summary>
    public PreparedStream Stream(Guid streamId) => _streams[streamId];

    /// <summary>Ids of the company's streams (a copy); null when it never had one.</summary>
    public IReadOnlyList<Guid>? StreamsOf(Guid companyId) =>
        _companyStreams.TryGetValue(companyId, out var ids) ? [.. ids] : null;

    /// <summary>Companies whose NACE division is <paramref name="division"/>.</summary>
    public IEnumerable<Guid> CompaniesInDivision(string division) =>
        _companiesByDivision.GetValueOrDefault(division) ?? [];

    /// <summary>Whether the company has at least one active need.</summary>
    public bool HasActiveNeed(Guid companyId) => _companiesWithNeeds.ContainsKey(companyId);

    /// <summary>The offers held, in slot order.</summary>
    public PreparedStream[] Offers() => [.. _slots.Where(s => s is { IsOffer: true }).Select(s => s!)];

    /// <summary>The needs held, in slot order.</summary>
    public PreparedStream[] Needs() => [.. _slots.Where(s => s is { IsOffer: false }).Select(s => s!)];

    /// <summary>Adds or replaces a company (its streams keep the facts they were prepared with).</summary>
    public void SetCompany(MatchCompany company)
    {
        if (_companies.TryGetValue(company.Id, out var old))
        {
            _companiesByDivision.GetValueOrDefault(old.Division)?.Remove(company.Id);
        }

        var prepared = new PreparedCompany(company, preparer.NaceId, preparer.CompanyId(company.Id));
        _companies[company.Id] = prepared;
        if (!_companiesByDivision.TryGetValue(prepared.Division, out var set))
        {
            _companiesByDivision[prepared.Division] = set = [];
        }

        set.Add(company.Id);
    }

    /// <summary>Prepares a stream and puts it in a free slot; its id must not be held.</summary>
    public PreparedStream Add(MatchStream stream)
    {
        if (!_companies.TryGetValue(stream.CompanyId, out var company))
        {
            throw new ArgumentException($"Unknown company {stream.CompanyId} for stream {stream.Id}.", nameof(stream));
        }

        var s = preparer.Prepare(stream, company);
        s.Slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlot();
        _slots[s.Slot] = s;
        _hot[s.Slot] = s.Hot;
        _streams[stream.Id] = s;
        if (!_companyStreams.TryGetValue(stream.CompanyId, out var set))
        {
            _companyStreams[stream.CompanyId] = set = [];
        }

        set.Add(stream.Id);
        if (!s.IsOffer)
        {
            _companiesWithNeeds[stream.CompanyId] = _companiesWithNeeds.GetValueOrDefault(stream.CompanyId) + 1;
        }

        return s;
    }

    /// <summary>Takes a stream out and frees its slot; null when it is not held.</summary>
    public PreparedStream? Remove(Guid streamId)
    {
        if (!_streams.Remove(streamId, out var s))
        {
            return null;
        }

        _companyStreams.GetValueOrDefault(s.Source.CompanyId)?.Remove(streamId);
        if (!s.IsOffer)
        {
            var left = _companiesWithNeeds[s.Source.CompanyId] - 1;
            if (left == 0)
            {
                _companiesWithNeeds.Remove(s.Source.CompanyId);
            }
            else
            {
                _companiesWithNeeds[s.Source.CompanyId] = left;
            }
        }

        _slots[s.Slot] = null;
        _hot[s.Slot] = default;
        _freeSlots.Push(s.Slot);
        return s;
    }

    private int NewSlot()
    {
        if (_hot.Length <= _slots.Count)
        {
            Array.Resize(ref _hot, Math.Max(1024, _hot.Length * 2));
        }

        _slots.Add(null);
        return _slots.Count - 1;
    }
}
