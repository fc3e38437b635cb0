using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Domain.Companies;

/// <summary>
/// Turkish tax identification number (Vergi Kimlik Numarası): ten digits, the last a check
/// digit computed from the first nine (Gelir İdaresi algorithm).
/// </summary>
public readonly record struct Vkn
{
    private Vkn(string value) => Value = value;

    /// <summary>The ten digits.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Parses a VKN, ignoring spaces; throws <see cref="DomainException"/> when invalid.</summary>
    public static Vkn Parse(string? text)
    {
        var error = Validate(text, out var digits);
        return error is null ? new Vkn(digits) : throw new DomainException(error, "TaxNumber");
    }

    /// <summary>Tries to parse a VKN.</summary>
    public static bool TryParse(string? text, out Vkn vkn)
    {
        var ok = Validate(text, out var digits) is null;
        vkn = ok ? new Vkn(digits) : default;
        return ok;
    }

    /// <summary>Returns the message key of the first problem, or null when the text is a valid VKN.</summary>
    public static string? Validate(string? text, out string digits)
    {
        digits = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        if (digits.Length == 0)
        {
            return "Vkn.Required";
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return "Vkn.Format";
        }

        return ComputeCheckDigit(digits.AsSpan(0, 9)) == digits[9] - '0' ? null : "Vkn.CheckDigit";
    }

    /// <summary>Computes the check digit for the first nine digits.</summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("Nine digits expected.", nameof(firstNine));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = firstNine[i] - '0';
            var t = (d + 9 - i) % 10;
            var v = t * (1 << (9 - i)) % 9;
            if (t != 0 && v == 0)
            {
                v = 9;
            }

            sum += v;
        }

        return (10 - (sum % 10)) % 10;
    }
}
