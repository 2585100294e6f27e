using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>With a certificate configured, the sign-in keys in the database are useless without it.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-keys-").FullName;
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private string? _database;
    private readonly string _certificate;
    private readonly string _publicOnly;

    public KeyProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MediationFlow test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        _certificate = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pkcs12, _password));
        using var publicPart = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        _publicOnly = Path.Combine(_folder, "public-only.pfx");
        File.WriteAllBytes(_publicOnly, publicPart.Export(X509ContentType.Pkcs12, _password));
    }

    [Fact]
    public async Task Keys_are_encrypted_at_rest_read_back_after_a_restart_and_useless_without_the_certificate()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        DemoDatabase.CopyTo(await DemoDatabase.FolderAsync(), data);

        // On PostgreSQL the database is not in the folder: the three hosts share one copy of the demo database.
        _database = TestDatabases.OnPostgreSql ? await TestDatabases.CreateAsync(await DemoDatabase.PostgreSqlAsync()) : null;
        string token;
        await using (var first = new DataFolderFactory(data, _database, _certificate, _password))
        {
            await first.InitializeAsync();
            using var client = await first.ApiClientAsync(DemoUsers.Mediator);
            token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        }

        List<string> keys;
        await using (var reader = new DataFolderFactory(data, _database, _certificate, _password))
        {
            await reader.InitializeAsync();
            keys = await reader.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", key, StringComparison.Ordinal);
        });

        Assert.Equal(HttpStatusCode.OK, await InboxWithAsync(new DataFolderFactory(data, _database, _certificate, _password), token));

        // Without the certificate, a host on SQLite starts but cannot read the keys; one on PostgreSQL refuses to start.
        if (_database is null)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await InboxWithAsync(new DataFolderFactory(data, _database, certificate: null, password: null), token));
        }
        else
        {
            // The test host reports only that the program ended; the refusal's text has a test of its own below.
            await Assert.ThrowsAnyAsync<Exception>(() => InboxWithAsync(new DataFolderFactory(data, _database, certificate: null, password: null), token));
        }
    }

    [Fact]
    public void On_PostgreSQL_a_host_without_a_certificate_is_refused_naming_the_setting()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() =>
            new ServiceCollection().AddKeyProtection(new MediationFlowOptions(), DatabaseSettings.PostgreSql("Host=localhost;Database=mediationflow")));

        Assert.Equal(KeyProtection.CertificateSetting, refusal.Setting);
        Assert.StartsWith("MediationFlow:KeyCertificate: required when the database is PostgreSQL", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_the_setting()
    {
        var missing = Path.Combine(_folder, "none.pfx");

        var refusal = Assert.Throws<InvalidSettingException>(() => KeyProtection.Load(missing, _password));

        Assert.Equal($"MediationFlow:KeyCertificate: '{missing}' does not exist", refusal.Message);
    }

    [Fact]
    public void A_wrong_password_is_refused_naming_the_setting()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() => KeyProtection.Load(_certificate, "not the password"));

        Assert.Equal(KeyProtection.CertificateSetting, refusal.Setting);
        Assert.Contains("wrong password", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused()
    {
        var refusal = Assert.Throws<InvalidSettingException>(() => KeyProtection.Load(_publicOnly, _password));

        Assert.Contains("no private key", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        MediationFlowFactory.DeleteQuietly(_folder);
        if (_database is not null)
        {
            TestDatabases.DropAsync(_database).GetAwaiter().GetResult();
        }
    }

    private static async Task<HttpStatusCode> InboxWithAsync(DataFolderFactory factory, string token)
    {
        await using (factory)
        {
            await factory.InitializeAsync();
            using var client = factory.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.GetAsync(new Uri("/api/v1/inbox", UriKind.Relative));
            return response.StatusCode;
        }
    }

    /// <summary>A host on a data folder (and, on PostgreSQL, a database) that outlives it, with or without the key certificate.</summary>
    private sealed class DataFolderFactory : MediationFlowFactory
    {
        private readonly string _data;
        private readonly string? _certificate;
        private readonly string? _password;

        public DataFolderFactory(string data, string? database, string? certificate, string? password)
        {
            (_data, _certificate, _password) = (data, certificate, password);
            ConnectionString = database;
        }

        protected override bool StartFromDemoDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("MediationFlow:DataDirectory", _data);
            // Empty when none: on PostgreSQL the test run's own certificate is otherwise given to every host.
            builder.UseSetting(KeyProtection.CertificateSetting, _certificate ?? string.Empty);
            builder.UseSetting("MediationFlow:KeyCertificatePassword", _password ?? string.Empty);
        }
    }
}
