using System.Security.Cryptography;
using System.Text;

namespace MediationFlow.Core.Security;

/// <summary>
/// The token text: "mf_" and 32 random bytes in URL-safe base64. With 256 bits of randomness an unsalted
/// SHA-256 is enough to store it: nobody can guess a token from its hash or try tokens faster than the API answers.
/// </summary>
public static class AccessTokenSecret
{
    public const string Prefix = "mf_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
