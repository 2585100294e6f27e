using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MediationFlow.Workflows.Definitions;
using Microsoft.AspNetCore.DataProtection;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// Where the keys that protect sign-in cookies and tokens live: in the data folder, so sign-ins survive a
/// restart; encrypted there with a certificate when one is configured, so a copy of the folder alone (a
/// backup, a stolen disk) does not let anyone forge a sign-in.
/// </summary>
public static class KeyProtection
{
    public const string CertificateSetting = "MediationFlow:KeyCertificate";

    private static readonly LocalizedText Missing = new("'{0}' файлы жоқ", "файл '{0}' не найден", "'{0}' does not exist");
    private static readonly LocalizedText Unreadable = new("'{0}' ашылмады: құпиясөз қате немесе бұл PKCS#12 (.pfx) файлы емес", "'{0}' не открывается: неверный пароль или это не файл PKCS#12 (.pfx)", "'{0}' cannot be opened: wrong password, or not a PKCS#12 (.pfx) file");
    private static readonly LocalizedText NoPrivateKey = new("'{0}' ішінде жабық кілт жоқ; кілттерді шифрын ашу үшін ол керек", "в '{0}' нет закрытого ключа, а без него ключи не расшифровать", "'{0}' holds no private key, which decrypting the keys needs");

    public static void AddKeyProtection(this IServiceCollection services, MediationFlowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        if (options.KeyCertificate is { Length: > 0 } file)
        {
            // Both: on Linux there is no certificate store the decryptor could find the certificate in.
            var certificate = Load(file, options.KeyCertificatePassword);
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
    }

    /// <summary>The certificate, or a refusal to start that names the setting and what is wrong with it.</summary>
    public static X509Certificate2 Load(string file, string? password)
    {
        if (!File.Exists(file))
        {
            throw new InvalidSettingException(CertificateSetting, Missing.Format(file));
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            throw new InvalidSettingException(CertificateSetting, Unreadable.Format(file));
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidSettingException(CertificateSetting, NoPrivateKey.Format(file));
        }

        return certificate;
    }
}

/// <summary>A setting the host cannot start with; the message names the setting, in the operator's language.</summary>
public sealed class InvalidSettingException(string setting, LocalizedText problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;
}
