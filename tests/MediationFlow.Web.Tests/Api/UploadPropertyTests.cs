using CsCheck;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Random uploads to a case file: wrong types, renamed programs, scans cut short, empty files, names with paths and
/// control characters, content types that lie, fields that make no sense. Never a 500; a refusal stores nothing, no
/// row and no file; only a complete PDF, JPEG or PNG is ever kept.
/// </summary>
public sealed class UploadPropertyTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const int Samples = 60;

    private static readonly Gen<byte[]> Content = Gen.OneOf(
        Pick(Scans.Pdf(), Scans.Jpeg(), Scans.Png(), Scans.Elf(), Scans.WindowsProgram(), []),
        Pick(Scans.Pdf(), Scans.Jpeg(), Scans.Png()).SelectMany(scan => Gen.Int[0, scan.Length - 1].Select(length => scan[..length])),
        Pick(Scans.Pdf(), Scans.Png()).SelectMany(scan => Gen.Byte.Array[1, 64].Select(tail => (byte[])[.. scan, .. tail])),
        Gen.Byte.Array[0, 512]);

    private static readonly Gen<string> FileName = Gen.OneOf(
        Pick("scan.pdf", "photo.jpg", "agreement.png", "../../../etc/passwd", "C:\\scan.pdf", "scan\r\n.pdf", "scan\u202Egnp.exe", "..", "", " ", "договор.pdf"),
        Gen.String[Gen.Char, 0, 40]);

    private static readonly Gen<string> ClaimedType = Pick("application/pdf", "image/png", "text/html", "application/x-msdownload", "application/octet-stream");

    private static readonly Gen<string?> Proves = Pick<string?>(
        "signedAgreementOnMediation", "signedAgreementOnMediation", "signedSettlement", "obligationEvidence", "sessionRecord", "witnessStatement", "1", null);

    private static readonly Gen<string> Id = Pick("1", "-1", "abc", "99999999999999999999", "");

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    [Fact]
    public async Task No_upload_gives_a_500_and_a_refused_one_stores_nothing()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var files = Path.Combine(factory.DataDirectory, "files");

        await Gen.Select(Content, FileName, ClaimedType, Proves, Id).SampleAsync(async (content, name, claimed, proves, id) =>
        {
            var rows = await EntriesAsync(walk.CaseId);
            var stored = Stored(files);
            using var body = Uploads.Multipart(proves, content, name, claimed, ("partyId", id));

            using var response = await mediator.UploadAsync(walk.CaseId, body);

            var status = (int)response.StatusCode;
            Assert.True(status is 201 or 400 or 413, $"{status}: {await response.Content.ReadAsStringAsync(TestRequests.Ct)}");
            if (status == 201)
            {
                Assert.NotNull(Core.CaseFiles.ScanContent.Recognise(content).Type);
                Assert.Equal(rows + 1, await EntriesAsync(walk.CaseId));
            }
            else
            {
                Assert.Equal(rows, await EntriesAsync(walk.CaseId));
                Assert.Equal(stored, Stored(files));
            }
        }, iter: Samples, threads: 1, print: t => $"{t.Item4} {t.Item2} ({t.Item3}, {t.Item1.Length} bytes)");
    }

    private Task<int> EntriesAsync(long caseId) => factory.QueryAsync(db => db.CaseFileEntries.CountAsync(e => e.CaseId == caseId));

    private static string[] Stored(string folder) => Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)] : [];
}
