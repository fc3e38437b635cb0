namespace IzmirSymbiosis.Application.Common;

/// <summary>
/// The client's <c>Idempotency-Key</c>: blank means none; otherwise trimmed, at most
/// <c>maxLength</c> printable characters, else a field error with <c>invalidCode</c>.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The key to store, or null when none was sent.</summary>
    /// <exception cref="ValidationFailedException">The key is too long or has control characters.</exception>
    public static string? Check(string? key, int maxLength, string invalidCode)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var k = key.Trim();
        if (k.Length > maxLength || k.Any(char.IsControl))
        {
            throw new ValidationFailedException([new FieldError("IdempotencyKey", invalidCode, [maxLength])]);
        }

        return k;
    }
}
