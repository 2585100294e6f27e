using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.CaseFile;

/// <summary>What the bytes are, told from their start and their end alone.</summary>
public sealed class ScanContentTests
{
    [Fact]
    public void A_complete_scan_of_each_type_is_recognised()
    {
        Assert.Equal(ScanType.Pdf, ScanContent.Recognise(Scans.Pdf()).Type);
        Assert.Equal(ScanType.Jpeg, ScanContent.Recognise(Scans.Jpeg()).Type);
        Assert.Equal(ScanType.Png, ScanContent.Recognise(Scans.Png()).Type);
    }

    [Fact]
    public void Line_ends_after_the_pdf_trailer_and_padding_after_a_jpeg_are_allowed()
    {
        Assert.Equal(ScanType.Pdf, ScanContent.Recognise([.. Scans.Pdf(), (byte)'\r', (byte)'\n', 0]).Type);
        Assert.Equal(ScanType.Jpeg, ScanContent.Recognise([.. Scans.Jpeg(), 0, 0, 0]).Type);
    }

    [Fact]
    public void Bytes_after_a_png_end_mean_it_is_not_a_png()
    {
        Assert.Equal(ScanRefusal.Incomplete, ScanContent.Recognise([.. Scans.Png(), .. Scans.Elf()]).Refusal);
    }

    [Fact]
    public void Every_prefix_of_a_scan_is_refused_and_never_throws()
    {
        foreach (var scan in new[] { Scans.Pdf(), Scans.Jpeg(), Scans.Png() })
        {
            for (var length = 0; length < scan.Length - 1; length++)
            {
                var (type, refusal) = ScanContent.Recognise(scan.AsSpan(0, length));
                Assert.True(type is null && refusal is not null, $"{length} bytes of a {ScanContent.Recognise(scan).Type!.Extension} were taken as whole");
            }
        }
    }
}
