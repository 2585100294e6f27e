using System.Text;
using ClosedXML.Excel;
using MediationFlow.Core.Features.Administration;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>Import files made in the test, as the administrator's spreadsheet program would save them.</summary>
internal static class ImportFiles
{
    /// <summary>The headers in <paramref name="language"/>, then the rows.</summary>
    public static string[][] Table(IReadOnlyList<ImportColumn> columns, string language, params string[][] rows) =>
        [[.. columns.Select(c => c.Header(language))], .. rows];

    public static byte[] Csv(string[][] table, char separator = ',') =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", table.Select(r => string.Join(separator, r.Select(Quoted)))) + "\r\n");

    public static byte[] Xlsx(string[][] table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("people");
        for (var r = 0; r < table.Length; r++)
        {
            for (var c = 0; c < table[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).SetValue(table[r][c]);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static ImportSheet Read(byte[] file, ImportFormat format, IReadOnlyList<ImportColumn> columns)
    {
        using var stream = new MemoryStream(file);
        return ImportSheet.Read(stream, format, columns);
    }

    public static ImportSheet Sheet(IReadOnlyList<ImportColumn> columns, params string[][] rows) =>
        Read(Csv(Table(columns, "en", rows)), ImportFormat.Csv, columns);

    private static string Quoted(string value) =>
        value.IndexOfAny([',', ';', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
