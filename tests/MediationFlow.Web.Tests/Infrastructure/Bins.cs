namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// An organisation's BIN for test parties: registered January 2005 (0501), a resident legal entity (4), its head
/// office (0), serial 00123, and the check digit worked out by hand from DOMAIN.md's rule:
/// 0·1+5·2+0·3+1·4+4·5+0·6+0·7+0·8+1·9+2·10+3·11 = 96, 96 mod 11 = 8.
/// </summary>
public static class Bins
{
    public const string Valid = "050140001238";

    public const string WrongCheckDigit = "050140001239";
}
