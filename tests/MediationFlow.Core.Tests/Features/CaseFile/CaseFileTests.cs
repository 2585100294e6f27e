using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.CaseFile;

/// <summary>Signed copies and generated versions kept in a case's file: what is stored, listed and opened, and by whom.</summary>
public sealed class CaseFileTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private string FileOf(string sha256) => Path.Combine(_app.Folder, FolderCaseFileStore.FolderName, sha256);

    private Task<AttachToCaseFile.Attached> AttachAsync(Guid by, long caseId, byte[] content, string? name = "scan", AttachmentKind kind = AttachmentKind.SignedAgreementOnMediation) =>
        _app.SendAsync<AttachToCaseFile.Attached>(by, new AttachToCaseFile.Command(caseId, kind, name, content));

    public static TheoryData<string, string, string> Types() => new()
    {
        { "pdf", "application/pdf", "agreement.pdf" },
        { "jpeg", "image/jpeg", "agreement.jpg" },
        { "png", "image/png", "agreement.png" },
    };

    private static byte[] ScanOf(string type) => type switch
    {
        "pdf" => Scans.Pdf(),
        "jpeg" => Scans.Jpeg(),
        _ => Scans.Png(),
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Each_accepted_type_is_kept_under_its_sha256_and_listed_with_who_and_when(string type, string contentType, string fileName)
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var scan = ScanOf(type);

        // The name says PDF whatever the bytes are: the stored name takes the extension of what the bytes are.
        var attached = await AttachAsync(_app.Data.MediatorA, driver.CaseId, scan, "agreement.pdf");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(scan)), attached.Sha256);
        Assert.Equal(scan, await File.ReadAllBytesAsync(FileOf(attached.Sha256), TestContext.Current.CancellationToken));
        var file = await _app.SendAsync<GetCaseFile.CaseFileView>(_app.Data.ChairA, new GetCaseFile.Query(driver.CaseId));
        var entry = Assert.Single(file.Entries);
        Assert.Equal(
            (attached.EntryId, CaseFileEntryKind.Attachment, "signedAgreementOnMediation", contentType, fileName, (long)scan.Length, attached.Sha256, _app.Data.MediatorA, "Mediator A", _app.Time.GetUtcNow(), true),
            (entry.Id, entry.Kind, entry.Proves, entry.ContentType, entry.FileName, entry.Length, entry.Sha256, entry.AddedById, entry.AddedByName, entry.AddedAt, entry.MayOpen));
    }

    [Fact]
    public async Task A_download_returns_the_bytes_with_the_detected_type_and_is_audited()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var attached = await AttachAsync(_app.Data.MediatorA, driver.CaseId, Scans.Png(), "photo.pdf");

        var download = await _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.ChairA, new GetCaseFileEntry.Query(driver.CaseId, attached.EntryId));

        Assert.Equal(("image/png", "photo.png"), (download.ContentType, download.FileName));
        Assert.Equal(Scans.Png(), download.Content);
        var audited = await _app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.CaseId == driver.CaseId && a.Action == nameof(GetCaseFileEntry)).Select(a => new { a.UserId, a.Changed }).ToListAsync());
        Assert.Equal(_app.Data.ChairA, Assert.Single(audited).UserId);
        Assert.False(audited[0].Changed);
    }

    [Fact]
    public async Task Another_councils_people_are_told_the_case_and_its_file_do_not_exist()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var attached = await AttachAsync(_app.Data.MediatorA, driver.CaseId, Scans.Pdf());

        foreach (var outsider in new[] { _app.Data.ChairB, _app.Data.MediatorB, _app.Data.AnalystA, _app.Data.TraineeA })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsync<GetCaseFileEntry.Download>(outsider, new GetCaseFileEntry.Query(driver.CaseId, attached.EntryId)));
            await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsync<GetCaseFile.CaseFileView>(outsider, new GetCaseFile.Query(driver.CaseId)));
            await Assert.ThrowsAsync<NotFoundException>(() => AttachAsync(outsider, driver.CaseId, Scans.Pdf()));
        }
    }

    [Fact]
    public async Task An_entry_of_another_case_is_not_found_through_this_one()
    {
        var first = await CaseDriver.OpenAsync(_app);
        var second = await CaseDriver.OpenAsync(_app);
        var attached = await AttachAsync(_app.Data.MediatorA, first.CaseId, Scans.Pdf());

        await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.MediatorA, new GetCaseFileEntry.Query(second.CaseId, attached.EntryId)));
    }

    [Fact]
    public async Task A_chair_opens_the_signed_settlement_but_only_the_mediator_opens_a_sessions_record()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        await driver.HoldSessionAsync();
        var view = await driver.ViewAsync(_app.Data.MediatorA);
        var settlement = await _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.MediatorA, new AttachToCaseFile.Command(
            driver.CaseId, AttachmentKind.SignedSettlement, "signed.pdf", Scans.Pdf(), PartyId: view.Parties[0].Id));
        var record = await _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.MediatorA, new AttachToCaseFile.Command(
            driver.CaseId, AttachmentKind.SessionRecord, "sheet.jpg", Scans.Jpeg(), SessionId: view.Sessions[0].Id));

        Assert.Equal(Scans.Pdf(), (await _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.ChairA, new GetCaseFileEntry.Query(driver.CaseId, settlement.EntryId))).Content);
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.ChairA, new GetCaseFileEntry.Query(driver.CaseId, record.EntryId)));
        Assert.Equal(Scans.Jpeg(), (await _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.MediatorA, new GetCaseFileEntry.Query(driver.CaseId, record.EntryId))).Content);

        // The chair sees that the record exists, as with session notes, and who added it.
        var listed = (await _app.SendAsync<GetCaseFile.CaseFileView>(_app.Data.ChairA, new GetCaseFile.Query(driver.CaseId))).Entries.ToDictionary(e => e.Id);
        Assert.Equal((true, false), (listed[settlement.EntryId].MayOpen, listed[record.EntryId].MayOpen));
        Assert.Equal((view.Parties[0].Id, view.Parties[0].FullName), (listed[settlement.EntryId].PartyId, listed[settlement.EntryId].PartyName));
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.ChairA, new AttachToCaseFile.Command(
            driver.CaseId, AttachmentKind.SessionRecord, "sheet.jpg", Scans.Jpeg(), SessionId: view.Sessions[0].Id)));
    }

    [Fact]
    public async Task Each_generation_is_a_new_version_per_document_and_language_and_a_signed_copy_names_the_version_it_signs()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var first = await _app.SendAsync<RecordGeneratedDocument.Recorded>(_app.Data.MediatorA, new RecordGeneratedDocument.Command(driver.CaseId, "mediation-agreement", "kk"));
        var second = await _app.SendAsync<RecordGeneratedDocument.Recorded>(_app.Data.MediatorA, new RecordGeneratedDocument.Command(driver.CaseId, "mediation-agreement", "kk"));
        var russian = await _app.SendAsync<RecordGeneratedDocument.Recorded>(_app.Data.ChairA, new RecordGeneratedDocument.Command(driver.CaseId, "mediation-agreement", "ru"));
        var signed = await _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.MediatorA, new AttachToCaseFile.Command(
            driver.CaseId, AttachmentKind.SignedAgreementOnMediation, "signed.pdf", Scans.Pdf(), SignedVersionId: second.EntryId));

        Assert.Equal((1, 2, 1), (first.Version, second.Version, russian.Version));
        var entries = (await _app.SendAsync<GetCaseFile.CaseFileView>(_app.Data.ChairA, new GetCaseFile.Query(driver.CaseId))).Entries.ToDictionary(e => e.Id);
        var version = entries[second.EntryId];
        Assert.Equal(("mediation-agreement", "kk", (int?)2, RecordGeneratedDocument.WordContentType, "Mediator A"),
            (version.Document, version.Language, version.Version, version.ContentType, version.AddedByName));
        Assert.Equal([signed.EntryId], version.SignedCopyIds);
        Assert.Empty(entries[first.EntryId].SignedCopyIds);
        Assert.Equal(second.EntryId, entries[signed.EntryId].SignedVersionId);
        // What is kept is the generated agreement itself, in the language asked for, and its hash is the stored file's.
        var kept = (await _app.SendAsync<GetCaseFileEntry.Download>(_app.Data.ChairA, new GetCaseFileEntry.Query(driver.CaseId, russian.EntryId))).Content;
        Assert.Equal(CaseFileRules.Sha256Of(kept), entries[russian.EntryId].Sha256);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(kept), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains((await driver.ViewAsync(_app.Data.MediatorA)).Number, text, StringComparison.Ordinal);
        Assert.Contains("медиации", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generations_sent_at_once_each_become_the_next_version()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var recorded = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ => Task.Run(() => _app.SendAsync<RecordGeneratedDocument.Recorded>(
            _app.Data.MediatorA, new RecordGeneratedDocument.Command(driver.CaseId, "mediation-proposal", "ru")))));

        Assert.Equal([1, 2, 3, 4], recorded.Select(r => r.Version).Order());
    }

    [Fact]
    public async Task The_same_bytes_attached_twice_are_two_entries_over_one_stored_file()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var first = await AttachAsync(_app.Data.MediatorA, driver.CaseId, Scans.Pdf("twice"));
        var second = await AttachAsync(_app.Data.ChairA, driver.CaseId, Scans.Pdf("twice"));

        Assert.NotEqual(first.EntryId, second.EntryId);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(FileOf(first.Sha256))!, first.Sha256 + "*"));
    }

    [Fact]
    public async Task A_signed_copy_must_name_a_party_obligation_or_version_of_this_case()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        var other = await CaseDriver.OpenAsync(_app);
        var otherParty = (await other.ViewAsync(_app.Data.MediatorA)).Parties[0].Id;
        var otherVersion = await _app.SendAsync<RecordGeneratedDocument.Recorded>(_app.Data.MediatorA, new RecordGeneratedDocument.Command(other.CaseId, "mediation-proposal", "en"));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.MediatorA,
            new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.SignedSettlement, "s.pdf", Scans.Pdf(), PartyId: otherParty, SignedVersionId: otherVersion.EntryId)));
        Assert.Equal(["partyId", "signedVersionId"], refused.Errors.Select(e => e.Field));
        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<AttachToCaseFile.Attached>(_app.Data.MediatorA,
            new AttachToCaseFile.Command(driver.CaseId, AttachmentKind.ObligationEvidence, "s.pdf", Scans.Pdf())));
        Assert.Equal(("obligationId", "required"), (missing.Errors.Single().Field, missing.Errors.Single().Code));
    }
}
