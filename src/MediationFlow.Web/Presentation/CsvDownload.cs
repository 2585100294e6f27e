using System.Text;

namespace MediationFlow.Web.Presentation;

/// <summary>CSV files as the pages hand them out.</summary>
public static class CsvDownload
{
    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read Kazakh and Russian names right.</summary>
    public static byte[] Utf8WithBom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}
