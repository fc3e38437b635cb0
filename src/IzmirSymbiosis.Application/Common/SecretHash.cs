using System.Security.Cryptography;
using System.Text;

namespace IzmirSymbiosis.Application.Common;

/// <summary>How link tokens and access-token secrets are stored: only their SHA-256.</summary>
public static class SecretHash
{
    /// <summary>SHA-256 of the UTF-8 text as lower-case hex (64 characters).</summary>
    public static string Sha256Hex(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
