using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>The smallest well-formed scans of each accepted type, and the kinds of bad file people upload.</summary>
internal static class Scans
{
    /// <summary>A one-page PDF with its trailer, as a scanner writes it.</summary>
    public static byte[] Pdf(string text = "Signed settlement") => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + text + "\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A JPEG's start-of-image, a comment segment and its end-of-image marker.</summary>
    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x08, (byte)'s', (byte)'i', (byte)'g', (byte)'n', (byte)'e', (byte)'d', 0xFF, 0xD9];

    /// <summary>A one-pixel grey PNG: signature, IHDR, IDAT, IEND, each chunk with its CRC.</summary>
    public static byte[] Png()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 1);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var deflate = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write([0, 0x80]);
            }

            Chunk(png, "IDAT", pixels.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The start of a Linux program: what a renamed executable begins with.</summary>
    public static byte[] Elf() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];

    /// <summary>The start of a Windows program.</summary>
    public static byte[] WindowsProgram() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    public static byte[] Truncated(byte[] scan) => scan[..(scan.Length * 2 / 3)];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    /// <summary>The CRC-32 PNG chunks carry (polynomial 0xEDB88320), so viewers accept the test image too.</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
