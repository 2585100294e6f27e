using System.Buffers.Binary;

namespace MediationFlow.Core.CaseFiles;

/// <summary>A type a signed copy may have, as recognised from its bytes.</summary>
public sealed record ScanType(string ContentType, string Extension)
{
    public static readonly ScanType Pdf = new("application/pdf", ".pdf");
    public static readonly ScanType Jpeg = new("image/jpeg", ".jpg");
    public static readonly ScanType Png = new("image/png", ".png");
}

/// <summary>Why bytes are no scan we keep.</summary>
public enum ScanRefusal
{
    Empty,
    UnsupportedType,

    /// <summary>It starts as a PDF, JPEG or PNG but does not end as one: cut off in transfer, or something else inside.</summary>
    Incomplete,
}

/// <summary>
/// Recognises a PDF, JPEG or PNG from its content alone: the signature at the start and the structure's end (the PDF
/// trailer, the JPEG end-of-image marker, the PNG chunks up to IEND). The file name and the client's content type
/// say nothing: a renamed program starts with none of these signatures, and a truncated upload lacks the end.
/// </summary>
public static class ScanContent
{
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PDF writers may put a little after the last %%EOF (line ends, padding); more means it is not the end.</summary>
    private const int PdfTrailerWindow = 1024;

    public static (ScanType? Type, ScanRefusal? Refusal) Recognise(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return (null, ScanRefusal.Empty);
        }

        if (content.StartsWith(PdfHeader))
        {
            return Complete(IsCompletePdf(content), ScanType.Pdf);
        }

        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return Complete(IsCompleteJpeg(content), ScanType.Jpeg);
        }

        if (content.StartsWith(PngSignature))
        {
            return Complete(IsCompletePng(content), ScanType.Png);
        }

        return (null, ScanRefusal.UnsupportedType);
    }

    private static (ScanType?, ScanRefusal?) Complete(bool complete, ScanType type) => complete ? (type, null) : (null, ScanRefusal.Incomplete);

    private static bool IsCompletePdf(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - PdfTrailerWindow)..];
        var end = tail.LastIndexOf(PdfEnd);
        return end >= 0 && tail[(end + PdfEnd.Length)..].IndexOfAnyExcept("\r\n\t \0"u8) < 0;
    }

    /// <summary>The end-of-image marker last, after nothing but padding some cameras add.</summary>
    private static bool IsCompleteJpeg(ReadOnlySpan<byte> content)
    {
        var trimmed = content.TrimEnd((byte)0);
        return trimmed.Length >= 4 && trimmed[^2] == 0xFF && trimmed[^1] == 0xD9;
    }

    /// <summary>Walks the chunks from the header on: each length must fit, and the last chunk must be IEND, at the very end.</summary>
    private static bool IsCompletePng(ReadOnlySpan<byte> content)
    {
        var at = PngSignature.Length;
        while (content.Length - at >= 12)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[at..]);
            if (length > int.MaxValue || content.Length - at - 12 < (long)length)
            {
                return false;
            }

            var type = content.Slice(at + 4, 4);
            at += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return at == content.Length;
            }
        }

        return false;
    }
}
