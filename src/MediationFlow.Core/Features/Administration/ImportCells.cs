using System.Globalization;
using MediationFlow.Core.Resources;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Reading one cell of an import row, and naming its problem by row and column as the file heads it.</summary>
internal static class ImportCells
{
    /// <summary>The cell's text, or null after recording why it cannot be used (a required cell empty, a cell too long).</summary>
    public static string? Text(ImportRow row, ImportColumn column, int maxLength, List<ImportProblem> problems, ImportSheet sheet)
    {
        var text = row[column];
        if (text is null)
        {
            if (column.Required)
            {
                problems.Add(Problem(row, column, "required", Messages.Required, sheet));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            problems.Add(Problem(row, column, "tooLong", string.Format(CultureInfo.CurrentCulture, Messages.TooLong, maxLength), sheet));
            return null;
        }

        return text;
    }

    public static ImportProblem Problem(ImportRow row, ImportColumn column, string code, string message, ImportSheet sheet) =>
        new(row.Number, sheet.HeaderOf(column), code, message);

    /// <summary>An enum's values as a file may spell them: "region, republicanCity, …".</summary>
    public static string Spelled<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
}
