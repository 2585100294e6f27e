using ClosedXML.Excel;
using CsvHelper;

namespace MediationFlow.Core.Features.Administration;

/// <summary>An empty import file for the administrator to fill in: the headers in one language and an example row.</summary>
public static class ImportTemplate
{
    public static void Write(Stream destination, ImportFormat format, IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> example, string language)
    {
        ArgumentNullException.ThrowIfNull(columns);
        string[] headers = [.. columns.Select(c => c.Header(language))];
        if (format == ImportFormat.Csv)
        {
            // With the byte order mark Excel opens the Kazakh and Russian headers as text rather than mojibake.
            using var csv = CsvWriter.Create(destination, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
            csv.WriteRecord(headers);
            csv.WriteRecord([.. example]);
            return;
        }

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("import");
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = headers[i];
            sheet.Cell(1, i + 1).Style.Font.Bold = true;

            // Text, so that a phone number or a code of digits keeps its leading zero or plus.
            sheet.Column(i + 1).Style.NumberFormat.Format = "@";
            sheet.Cell(2, i + 1).SetValue(example[i]);
            sheet.Column(i + 1).Width = 28;
        }

        workbook.SaveAs(destination);
    }
}
