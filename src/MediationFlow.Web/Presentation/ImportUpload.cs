using System.Globalization;
using CsvHelper;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Localization;
using Mediator;

namespace MediationFlow.Web.Presentation;

/// <summary>What an import file is of: the tree's councils or people with their roles.</summary>
public enum ImportKind
{
    Councils,
    People,
}

/// <summary>
/// An import file uploaded in the browser or through the API, sent as the same requests the command-line tool sends:
/// the dry run (<see cref="ImportCouncils.Check"/>, <see cref="ImportPeople.Check"/>) or the import itself.
/// </summary>
public static class ImportUpload
{
    /// <summary>A whole country's people fit in a few megabytes; anything far larger is not an import file.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The result: the report, and the first passwords of the people an applied import added (none otherwise).</summary>
    public sealed record Outcome(ImportReport Report, IReadOnlyList<ImportPeople.NewAccount> NewAccounts, bool Applied);

    /// <summary>A file as uploaded: its name (for its format) and its bytes.</summary>
    public sealed record UploadedFile(string Name, byte[] Content);

    /// <summary>The form's file, read whole (import files are small), or null when none was sent; a 400 on "file" when it is too large.</summary>
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > MaxBytes)
        {
            throw new ValidationFailedException([new FieldError("file", "tooLarge", string.Format(CultureInfo.CurrentCulture, UiText.Get("ImportFileTooLarge"), MaxBytes / 1024 / 1024))]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return new(Path.GetFileName(file.FileName), buffer.ToArray());
    }

    public static async Task<Outcome> SendAsync(ISender sender, ImportKind kind, UploadedFile? file, bool apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var sheet = Read(kind, file);
        return (kind, apply) switch
        {
            (ImportKind.Councils, false) => new(await sender.Send(new ImportCouncils.Check(sheet), cancellationToken), [], false),
            (ImportKind.Councils, true) => new(await sender.Send(new ImportCouncils.Command(sheet), cancellationToken), [], true),
            (ImportKind.People, false) => new(await sender.Send(new ImportPeople.Check(sheet), cancellationToken), [], false),
            _ => await ImportPeopleAsync(sender, sheet, cancellationToken),
        };
    }

    private static async Task<Outcome> ImportPeopleAsync(ISender sender, ImportSheet sheet, CancellationToken cancellationToken)
    {
        var imported = await sender.Send(new ImportPeople.Command(sheet), cancellationToken);
        return new(imported.Report, imported.NewAccounts, true);
    }

    /// <summary>The file as a sheet of the kind's columns, or a 400 on the field "file" saying what is wrong with it.</summary>
    private static ImportSheet Read(ImportKind kind, UploadedFile? file)
    {
        if (file is null || file.Content.Length == 0)
        {
            throw new ValidationFailedException([new FieldError("file", "required", UiText.Get("ImportFileRequired"))]);
        }

        var format = FormatOf(file.Name)
            ?? throw new ValidationFailedException([new FieldError("file", "unknownFormat", UiText.Get("ImportFileFormat"))]);
        using var stream = new MemoryStream(file.Content, writable: false);
        return ImportSheet.Read(stream, format, kind == ImportKind.Councils ? ImportCouncils.Columns : ImportPeople.Columns);
    }

    public static ImportFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".xlsx" => ImportFormat.Xlsx,
        _ => null,
    };

    /// <summary>The first passwords as the administrator hands them over: user name, full name, password, headed in the reader's language.</summary>
    public static byte[] PasswordsCsv(IReadOnlyList<ImportPeople.NewAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteRecord([ImportPeople.UserName.Header(language), ImportPeople.FullName.Header(language), UiText.Get("OneTimePassword")]);
            foreach (var account in accounts)
            {
                csv.WriteRecord([account.UserName, account.FullName, account.Password]);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An empty file of the kind, headed in the language asked for, with an example row.</summary>
    public static byte[] Template(ImportKind kind, ImportFormat format, string language)
    {
        using var buffer = new MemoryStream();
        var (columns, example) = kind == ImportKind.Councils ? (ImportCouncils.Columns, ImportCouncils.Example) : (ImportPeople.Columns, ImportPeople.Example);
        ImportTemplate.Write(buffer, format, columns, example, language);
        return buffer.ToArray();
    }
}
