using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MediationFlow.Core.Persistence;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.DataProtection;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// Where the keys that protect sign-in cookies and tokens live: in the database, so sign-ins survive a restart
/// and every instance on the database accepts what another issued; encrypted there with a certificate when one
/// is configured, so a copy of the database alone (a backup, a stolen disk) does not let anyone forge a sign-in.
/// </summary>
public static class KeyProtection
{
    public const string CertificateSetting = "MediationFlow:KeyCertificate";

    /// <summary>What the keys protect is told apart by this name, the same on every instance wherever it is installed.</summary>
    public const string ApplicationName = "MediationFlow";

    /// <summary>
    /// On PostgreSQL the certificate is required: the keys are shared by every instance through a server database, and
    /// unencrypted there anyone with a backup of it could forge a sign-in. The embedded SQLite file needs nothing.
    /// </summary>
    public static void AddKeyProtection(this IServiceCollection services, MediationFlowOptions options, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var keys = services.AddDataProtection().PersistKeysToDbContext<MediationDbContext>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // On SQLite the name stays the default (the install folder), so an upgraded installation's sign-ins stand.
            keys.SetApplicationName(ApplicationName);
            if (options.KeyCertificate is not { Length: > 0 })
            {
                throw new InvalidSettingException(CertificateSetting, UiText.Get("KeyCertificateRequired"));
            }
        }

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
            throw new InvalidSettingException(CertificateSetting, Text("KeyCertificateMissing", file));
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            throw new InvalidSettingException(CertificateSetting, Text("KeyCertificateUnreadable", file));
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidSettingException(CertificateSetting, Text("KeyCertificateNoPrivateKey", file));
        }

        return certificate;
    }

    private static string Text(string name, string file) => string.Format(CultureInfo.CurrentCulture, UiText.Get(name), file);
}

/// <summary>A setting the host cannot start with; the message names the setting, in the operator's language.</summary>
public sealed class InvalidSettingException(string setting, string problem) : Exception($"{setting}: {problem}")
{
    public string Setting { get; } = setting;
}
