using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilDecisions.IntegrationTests.Features.Account;

/// <summary>The Data Protection keys behind sign-in cookies and anti-forgery tokens, as stored in the database.</summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_when_a_certificate_is_configured()
    {
        using var certificate = new KeyCertificate();
        using var app = new CertificateAppFactory(certificate.Path, certificate.Password);

        var xml = await FirstKeyXmlAsync(app);

        Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        // Encrypted to this certificate: the key names it, for reading it back.
        Assert.Contains(certificate.RawBase64, xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);

        // Read back from the database and decrypted with the certificate, as the next start-up does.
        var key = Assert.Single(app.Services.GetRequiredService<IKeyManager>().GetAllKeys());
        Assert.NotNull(key.Descriptor);
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_stored_as_they_are()
    {
        using var app = new CouncilDecisionsAppFactory();

        var xml = await FirstKeyXmlAsync(app);

        Assert.Contains("<masterKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<encryptedSecret", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.pfx", "could not be loaded")]
    [InlineData("wrong-password", "could not be loaded")]
    public void A_certificate_that_cannot_be_loaded_stops_start_up_with_the_reason(string fault, string reason)
    {
        using var certificate = new KeyCertificate();
        var path = fault == "missing.pfx" ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pfx") : certificate.Path;
        using var app = new CertificateAppFactory(path, fault == "wrong-password" ? "not the password" : certificate.Password);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> FirstKeyXmlAsync(CouncilDecisionsAppFactory app)
    {
        // The sign-in form's anti-forgery token makes the app create its first key (its cookie needs HTTPS).
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).FirstAsync());
    }

    private sealed class CertificateAppFactory(string path, string password) : CouncilDecisionsAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", path);
            builder.UseSetting("DataProtection:CertificatePassword", password);
        }
    }

    /// <summary>A self-signed RSA certificate written to a temporary PFX file, as an operator would provide.</summary>
    private sealed class KeyCertificate : IDisposable
    {
        public KeyCertificate()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=CouncilDecisions Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            RawBase64 = Convert.ToBase64String(certificate.RawData);
            File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pfx");

        public string Password { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

        public string RawBase64 { get; }

        public void Dispose() => File.Delete(Path);
    }
}
