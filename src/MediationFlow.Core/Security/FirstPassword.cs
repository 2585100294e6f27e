using System.Security.Cryptography;

namespace MediationFlow.Core.Security;

/// <summary>A random first password for a new account, handed over once and changed by its owner on the profile page.</summary>
public static class FirstPassword
{
    /// <summary>Letters of both cases, digits and a symbol, so any reasonable password policy accepts it.</summary>
    public static string New() => "Mf-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "9a!";
}
