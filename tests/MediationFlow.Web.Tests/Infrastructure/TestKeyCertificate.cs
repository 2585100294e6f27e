using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// A self-signed certificate for the sign-in keys, made once per test run, that every host on PostgreSQL is given
/// (several hosts on one database share it, as a deployment's instances do). Deleted when the run ends.
/// </summary>
public static class TestKeyCertificate
{
    private static readonly Lazy<string> Made = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Password { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The PKCS#12 file, protected with <see cref="Password"/>.</summary>
    public static string File => Made.Value;

    /// <summary>The settings that give a host started as its own process this certificate, as command-line arguments.</summary>
    public static string[] HostArguments =>
        [$"--{MediationFlow.Web.Hosting.KeyProtection.CertificateSetting}={File}", $"--MediationFlow:KeyCertificatePassword={Password}"];

    /// <summary>A new self-signed certificate with its private key, written to <paramref name="file"/> with <paramref name="password"/>.</summary>
    public static void Write(string file, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MediationFlow test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(400));
        System.IO.File.WriteAllBytes(file, certificate.Export(X509ContentType.Pkcs12, password));
    }

    private static string Make()
    {
        var folder = Directory.CreateTempSubdirectory("mediationflow-key-certificate-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => MediationFlowFactory.DeleteQuietly(folder);
        var file = Path.Combine(folder, "keys.pfx");
        Write(file, Password);
        return file;
    }
}
