using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Core.Features.Administration;

/// <summary>The two kinds of file an import reads and a template is written as.</summary>
public enum ImportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A column of an import file: its header in each language (any of them is accepted) and whether every row must fill it.</summary>
public sealed record ImportColumn(string Name, bool Required)
{
    public string Header(string language) =>
        Messages.ResourceManager.GetString("ImportColumn" + Name, CultureInfo.GetCultureInfo(language)) ?? Name;

    /// <summary>The header in the reader's language, for a column the file lacks.</summary>
    public string Header() => Header(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>Files made from any of the three templates are accepted, and so is the column's plain name ("ParentCode", "parent_code").</summary>
    internal bool IsHeadedBy(string header)
    {
        var wanted = Simplified(header);
        return Simplified(Name) == wanted || LocalizedText.Languages.Any(l => Simplified(Header(l)) == wanted);
    }

    private static string Simplified(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

/// <summary>One row of an import file: its number as a spreadsheet shows it (the header is row 1) and its cells by column name.</summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed value, or null for an empty cell or a column the file lacks.</summary>
    public string? this[ImportColumn column] => Cells.TryGetValue(column.Name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>What is wrong with one cell, with the reason in the reader's language.</summary>
public sealed record ImportProblem(int Row, string Column, string Code, string Message)
{
    /// <summary>"row 5, Code" in the reader's language.</summary>
    public string Location => string.Format(CultureInfo.CurrentCulture, Messages.ImportLocation, Row, Column);
}

/// <summary>An import file read into rows, with each column's header as the file spells it, so that problems name what the reader sees.</summary>
public sealed class ImportSheet
{
    private readonly Dictionary<string, string> _headers;

    private ImportSheet(Dictionary<string, string> headers, IReadOnlyList<ImportRow> rows) => (_headers, Rows) = (headers, rows);

    public IReadOnlyList<ImportRow> Rows { get; }

    public string HeaderOf(ImportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return _headers.TryGetValue(column.Name, out var header) ? header : column.Header();
    }

    /// <summary>Rows made in code (the production start), headed in English.</summary>
    public static ImportSheet Of(IReadOnlyList<ImportColumn> columns, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new(columns.ToDictionary(c => c.Name, c => c.Header("en")), [.. rows.Select((cells, i) => new ImportRow(i + 2, cells))]);
    }

    /// <summary>Reads the first sheet of a workbook or a CSV file (separator detected: Excel writes ";" in Kazakh and Russian settings).</summary>
    /// <exception cref="ValidationFailedException">The file is unreadable, empty or lacks a required column (field "file").</exception>
    public static ImportSheet Read(Stream file, ImportFormat format, IReadOnlyList<ImportColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        List<string[]> table;
        try
        {
            table = format == ImportFormat.Xlsx ? ReadWorkbook(file) : ReadCsv(file);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A damaged or foreign file fails deep inside the library with many kinds of exception; to the
            // administrator they all mean the same.
            throw FileRefused("unreadable", string.Format(CultureInfo.CurrentCulture, Messages.ImportFileUnreadable, format.ToString().ToLowerInvariant()));
        }

        if (table.Count == 0)
        {
            throw FileRefused("empty", Messages.ImportFileEmpty);
        }

        var header = table[0];
        var positions = new Dictionary<string, int>();
        var headers = new Dictionary<string, string>();
        foreach (var column in columns)
        {
            var at = Array.FindIndex(header, column.IsHeadedBy);
            if (at >= 0)
            {
                (positions[column.Name], headers[column.Name]) = (at, header[at]);
            }
        }

        var missing = columns.Where(c => c.Required && !positions.ContainsKey(c.Name)).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationFailedException([.. missing.Select(c => new FieldError("file", "missingColumn",
                string.Format(CultureInfo.CurrentCulture, Messages.ImportColumnMissing, c.Header())))]);
        }

        var rows = new List<ImportRow>(table.Count - 1);
        for (var i = 1; i < table.Count; i++)
        {
            var cells = positions.ToDictionary(p => p.Key, p => p.Value < table[i].Length ? table[i][p.Value] : string.Empty);
            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new ImportRow(i + 1, cells));
            }
        }

        return new ImportSheet(headers, rows);
    }

    private static ValidationFailedException FileRefused(string code, string message) => new([new FieldError("file", code, message)]);

    /// <summary>Every line, blank ones included, so that a row's number is its line in the file.</summary>
    private static List<string[]> ReadCsv(Stream file)
    {
        using var csv = CsvReader.Create(file, new CsvReaderOptions { HasHeader = false, TrimWhitespace = true, TrackLineNumbers = true }, leaveOpen: true);
        var table = new List<string[]>();
        while (csv.Read())
        {
            while (table.Count < csv.LineNumber - 1)
            {
                table.Add([]);
            }

            var record = new string[csv.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = csv.GetString(i);
            }

            table.Add(record);
        }

        return table;
    }

    private static List<string[]> ReadWorkbook(Stream file)
    {
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        if (sheet.LastRowUsed() is not { } lastRow || sheet.LastColumnUsed() is not { } lastColumn)
        {
            return [];
        }

        var width = lastColumn.ColumnNumber();
        var table = new List<string[]>();
        for (var r = 1; r <= lastRow.RowNumber(); r++)
        {
            var row = sheet.Row(r);
            table.Add([.. Enumerable.Range(1, width).Select(c => row.Cell(c).GetString().Trim())]);
        }

        return table;
    }
}
