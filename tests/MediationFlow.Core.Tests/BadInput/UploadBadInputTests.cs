using System.Text;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.BadInput;

/// <summary>
/// Files that are no scan of a signed paper, whatever they are called: each refused with the field and the reason, and
/// neither a row nor a file is left behind.
/// </summary>
public sealed class UploadBadInputTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    public static TheoryData<string, string?, byte[], string, string> BadUploads() => new()
    {
        { "an empty file", "scan.pdf", [], "file", "empty" },
        { "a Linux program renamed", "scan.pdf", Scans.Elf(), "file", "unsupportedType" },
        { "a Windows program renamed", "photo.jpg", Scans.WindowsProgram(), "file", "unsupportedType" },
        { "a text file", "scan.png", Encoding.UTF8.GetBytes("I agree to everything"), "file", "unsupportedType" },
        { "a ZIP archive", "scan.pdf", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "file", "unsupportedType" },
        { "a truncated PDF", "scan.pdf", Scans.Truncated(Scans.Pdf()), "file", "incomplete" },
        { "a PDF with a program after its end", "scan.pdf", [.. Scans.Pdf(), .. new byte[2000], .. Scans.Elf()], "file", "incomplete" },
        { "a truncated JPEG", "photo.jpg", Scans.Truncated(Scans.Jpeg()), "file", "incomplete" },
        { "a truncated PNG", "photo.png", Scans.Truncated(Scans.Png()), "file", "incomplete" },
        { "a PNG whose chunk claims more than there is", "photo.png", [.. Scans.Png()[..8], 0x7F, 0xFF, 0xFF, 0xFF, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], "file", "incomplete" },
        { "a PNG signature alone", "photo.png", Scans.Png()[..8], "file", "incomplete" },
        { "a name with a path", "../../etc/passwd.pdf", Scans.Pdf(), "file", "badFileName" },
        { "a name with a Windows path", "C:\\Windows\\scan.pdf", Scans.Pdf(), "file", "badFileName" },
        { "a name with a control character", "scan\n.pdf", Scans.Pdf(), "file", "badFileName" },
        { "a name that hides its extension", "scan\u202Efdp.exe", Scans.Pdf(), "file", "badFileName" },
        { "a name of dots", "..", Scans.Pdf(), "file", "badFileName" },
        { "a name too long", new string('a', 201) + ".pdf", Scans.Pdf(), "file", "badFileName" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_is_refused_naming_the_field_and_stores_nothing(string what, string? name, byte[] content, string field, string code)
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var files = StoredFiles();

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<AttachToCaseFile.Attached>(
            _app.Data.MediatorA, new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.SignedAgreementOnMediation, name, content)));

        Assert.Equal((field, code), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Equal(files, StoredFiles());
        Assert.False(string.IsNullOrWhiteSpace(refused.Errors.Single().Message), what);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read_and_stores_nothing()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var huge = new byte[CaseFileLimits.DefaultMaxBytes + 1];
        Scans.Pdf().CopyTo(huge, 0);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => _app.SendAsync<AttachToCaseFile.Attached>(
            _app.Data.MediatorA, new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.SignedAgreementOnMediation, "big.pdf", huge)));

        Assert.Equal(("file", "tooLarge", "The file is larger than 10 MB; scan it at a lower resolution or in parts."),
            (refused.Errors.Single().Field, refused.Errors.Single().Code, refused.Errors.Single().Message));
    }

    [Theory]
    [InlineData("ru", "Прикрепить можно только скан или фото в формате PDF, JPEG или PNG")]
    [InlineData("kk", "Тек PDF, JPEG немесе PNG форматындағы скан не фотосурет тіркеуге болады")]
    public async Task The_reason_is_in_the_readers_language(string language, string start)
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<AttachToCaseFile.Attached>(
            _app.Data.MediatorA, new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.SignedAgreementOnMediation, "x.pdf", Scans.Elf()), language));

        Assert.StartsWith(start, refused.Errors.Single().Message, StringComparison.Ordinal);
    }

    private string[] StoredFiles()
    {
        var folder = Path.Combine(_app.Folder, FolderCaseFileStore.FolderName);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)] : [];
    }
}
