using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Companies;

/// <summary>A firm taking part in the programme.</summary>
public sealed class Company : Entity
{
    /// <summary>Maximum length of the legal name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Maximum length of the address.</summary>
    public const int AddressMaxLength = 400;

    /// <summary>Maximum length of a district name.</summary>
    public const int DistrictMaxLength = 60;

    /// <summary>Most hazardous-waste permits one company may hold.</summary>
    public const int MaxPermits = 50;

    /// <summary>Most contact persons a company keeps.</summary>
    public const int MaxContacts = 10;

    private readonly List<ContactPerson> _contacts = [];
    private readonly List<HazardousWastePermit> _permits = [];

    private Company()
    {
        LegalName = string.Empty;
        TaxNumber = string.Empty;
        NaceCode = string.Empty;
        District = string.Empty;
        SearchKey = string.Empty;
        DistrictKey = string.Empty;
    }

    /// <summary>Creates a company, validating every field.</summary>
    public Company(string legalName, string taxNumber, string naceCode, string district, SizeBand sizeBand)
        : this()
    {
        Rename(legalName);
        TaxNumber = Vkn.Parse(taxNumber).Value;
        SetNace(naceCode);
        SetDistrict(district);
        SizeBand = Guard.Defined(sizeBand, nameof(SizeBand));
    }

    /// <summary>Legal (trade register) name.</summary>
    public string LegalName { get; private set; }

    /// <summary>VKN, ten digits with a valid check digit.</summary>
    public string TaxNumber { get; private set; }

    /// <summary>NACE Rev.2 class, dotted form (e.g. <c>24.10</c>).</summary>
    public string NaceCode { get; private set; }

    /// <summary>Organised industrial zone, if the firm is in one.</summary>
    public int? ZoneId { get; private set; }

    /// <summary>Street address.</summary>
    public string? Address { get; private set; }

    /// <summary>İzmir district (ilçe).</summary>
    public string District { get; private set; }

    /// <summary>Latitude in decimal degrees, if known.</summary>
    public double? Latitude { get; private set; }

    /// <summary>Longitude in decimal degrees, if known.</summary>
    public double? Longitude { get; private set; }

    /// <summary>Size band.</summary>
    public SizeBand SizeBand { get; private set; }

    /// <summary>Contact persons (personal data).</summary>
    public IReadOnlyList<ContactPerson> Contacts => _contacts;

    /// <summary>Hazardous-waste permits (licences to recover or dispose of hazardous waste).</summary>
    public IReadOnlyList<HazardousWastePermit> Permits => _permits;

    /// <summary>Normalised name, district and VKN for Turkish-aware search.</summary>
    public string SearchKey { get; private set; }

    /// <summary>
    /// The district alone in search form: what others may search of a firm they see anonymised
    /// (<see cref="SearchKey"/> also holds the name, VKN and NACE class).
    /// </summary>
    public string DistrictKey { get; private set; }

    /// <summary>The location, when both coordinates are set.</summary>
    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    /// <summary>Changes the legal name.</summary>
    public void Rename(string legalName)
    {
        var name = legalName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            throw new DomainException("Company.NameRequired", nameof(LegalName));
        }

        if (name.Length > NameMaxLength)
        {
            throw new DomainException("Company.NameTooLong", nameof(LegalName), NameMaxLength);
        }

        Guard.PlainText(name, nameof(LegalName));

        LegalName = name;
        Refresh();
    }

    /// <summary>Changes the NACE class (dotted, four digits: <c>NN.NN</c>).</summary>
    public void SetNace(string naceCode)
    {
        var code = naceCode?.Trim() ?? string.Empty;
        if (!NaceCodeFormat.IsClass(code))
        {
            throw new DomainException("Company.NaceFormat", nameof(NaceCode));
        }

        NaceCode = code;
        Refresh();
    }

    /// <summary>Sets the district.</summary>
    public void SetDistrict(string district)
    {
        var d = district?.Trim() ?? string.Empty;
        if (d.Length == 0)
        {
            throw new DomainException("Company.DistrictRequired", nameof(District));
        }

        if (d.Length > DistrictMaxLength)
        {
            throw new DomainException("Company.DistrictTooLong", nameof(District), DistrictMaxLength);
        }

        Guard.PlainText(d, nameof(District));

        District = d;
        Refresh();
    }

    /// <summary>Sets the address and zone.</summary>
    public void SetAddress(string? address, int? zoneId)
    {
        var a = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (a is { Length: > AddressMaxLength })
        {
            throw new DomainException("Company.AddressTooLong", nameof(Address), AddressMaxLength);
        }

        Guard.PlainText(a, nameof(Address), multiLine: true);

        Address = a;
        ZoneId = zoneId;
        Touch();
    }

    /// <summary>Sets or clears the location.</summary>
    public void SetLocation(GeoPoint? point)
    {
        Latitude = point?.Latitude;
        Longitude = point?.Longitude;
        Touch();
    }

    /// <summary>
    /// When the firm agreed to be named with its completed symbioses in the programme's reports and
    /// public page; null while it has not (then reports describe it by sector and zone only).
    /// </summary>
    public DateTimeOffset? NamingConsentAt { get; private set; }

    /// <summary>The firm's user who gave the consent.</summary>
    public Guid? NamingConsentBy { get; private set; }

    /// <summary>The firm agreed to be named.</summary>
    public bool AgreesToBeNamed => NamingConsentAt is not null;

    /// <summary>Gives or withdraws the consent to be named (a user of the firm itself decides).</summary>
    public void SetNamingConsent(bool agrees, Guid byUser, DateTimeOffset at)
    {
        if (agrees == AgreesToBeNamed)
        {
            return;
        }

        NamingConsentAt = agrees ? at : null;
        NamingConsentBy = agrees ? byUser : null;
        Touch();
    }

    /// <summary>Sets the size band.</summary>
    public void SetSize(SizeBand sizeBand)
    {
        SizeBand = Guard.Defined(sizeBand, nameof(SizeBand));
        Touch();
    }

    /// <summary>Replaces the contact persons (at most <see cref="MaxContacts"/>, each valid by <see cref="ContactPerson.Validate"/>).</summary>
    public void SetContacts(IEnumerable<ContactPerson> contacts)
    {
        var list = contacts.ToList();
        if (list.Count > MaxContacts)
        {
            throw new DomainException("Contact.TooMany", nameof(Contacts), MaxContacts);
        }

        foreach (var c in list)
        {
            c.Validate();
        }

        _contacts.Clear();
        _contacts.AddRange(list);
        Touch();
    }

    /// <summary>
    /// Adds a hazardous-waste permit (see <see cref="HazardousWastePermit"/> for its rules); a permit
    /// number may appear once per company (<c>Permit.NumberDuplicate</c>).
    /// </summary>
    public HazardousWastePermit AddPermit(
        string authority, string number, DateOnly validUntil, IEnumerable<string> wasteCodes, IEnumerable<string> operations, IReadOnlySet<string> hazardousCodes)
    {
        if (_permits.Count >= MaxPermits)
        {
            throw new DomainException("Permit.TooMany", nameof(Permits), MaxPermits);
        }

        var permit = HazardousWastePermit.Create(authority, number, validUntil, wasteCodes, operations, hazardousCodes);
        EnsureUniqueNumber(permit.Number, permit.Id);
        _permits.Add(permit);
        Touch();
        return permit;
    }

    /// <summary>Replaces a permit's fields; <c>Permit.NotFound</c> when the company holds no such permit.</summary>
    public void UpdatePermit(
        Guid permitId, string authority, string number, DateOnly validUntil, IEnumerable<string> wasteCodes, IEnumerable<string> operations, IReadOnlySet<string> hazardousCodes)
    {
        var permit = _permits.FirstOrDefault(p => p.Id == permitId) ?? throw new DomainException("Permit.NotFound", nameof(Permits));
        EnsureUniqueNumber(HazardousWastePermit.CheckNumber(number), permitId);
        permit.Set(authority, number, validUntil, wasteCodes, operations, hazardousCodes);
        Touch();
    }

    /// <summary>Removes a permit; <c>Permit.NotFound</c> when the company holds no such permit.</summary>
    public void RemovePermit(Guid permitId)
    {
        if (_permits.RemoveAll(p => p.Id == permitId) == 0)
        {
            throw new DomainException("Permit.NotFound", nameof(Permits));
        }

        Touch();
    }

    /// <summary>The permits valid on <paramref name="day"/> (valid-until on or after it).</summary>
    public IEnumerable<HazardousWastePermit> PermitsValidOn(DateOnly day) => _permits.Where(p => p.IsValidOn(day));

    private void EnsureUniqueNumber(string number, Guid permitId)
    {
        if (_permits.Any(p => p.Id != permitId && string.Equals(p.Number, number, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("Permit.NumberDuplicate", nameof(HazardousWastePermit.Number));
        }
    }

    private void Refresh()
    {
        SearchKey = TurkishText.SearchKey($"{LegalName} {District} {TaxNumber} {NaceCode}");
        DistrictKey = TurkishText.SearchKey(District);
        Touch();
    }
}
