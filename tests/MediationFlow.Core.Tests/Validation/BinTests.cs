using MediationFlow.Core.Validation;

namespace MediationFlow.Core.Tests.Validation;

/// <summary>
/// An organisation's BIN carries the same check digit as a person's IIN (DOMAIN.md); its first digits are the year
/// and month of registration, then the kind of entity (4, 5 or 6) and of unit (0–3). The expected digits were worked
/// out by hand from the rule, not by calling the code under test.
/// </summary>
public sealed class BinTests
{
    [Theory]
    // 0501 4 0 00123: 0+10+0+4+20+0+0+0+9+20+33 = 96, 96 mod 11 = 8
    [InlineData("050140001238")]
    // 1012 5 1 00007: 1+0+3+8+25+6+0+0+0+0+77 = 120, 120 mod 11 = 10, so the second weights apply:
    // 3+0+5+12+35+8+0+0+0+0+14 = 77, 77 mod 11 = 0
    [InlineData("101251000070")]
    public void A_registration_month_an_entity_a_unit_and_the_check_digit_make_a_valid_BIN(string bin) =>
        Assert.True(IdentificationNumber.IsValidBin(bin));

    [Fact]
    public void Of_the_ten_possible_last_digits_only_the_computed_one_is_valid()
    {
        var valid = Enumerable.Range(0, 10).Where(digit => IdentificationNumber.IsValidBin("05014000123" + digit)).ToList();

        Assert.Equal([8], valid);
    }

    [Theory]
    // Month 13: 0+10+3+12+20+0+0+0+9+20+33 = 107, 107 mod 11 = 8, a right check digit on an impossible month.
    [InlineData("051340001238")]
    // Entity kind 3 is no legal entity: 0+10+0+4+15+0+0+0+9+20+33 = 91, 91 mod 11 = 3.
    [InlineData("050130001233")]
    // A person's IIN (born 1 January 1990) passes the check digit but is no BIN.
    [InlineData("900101300017")]
    public void A_number_with_a_right_check_digit_but_no_BIN_structure_is_invalid(string number) =>
        Assert.False(IdentificationNumber.IsValidBin(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("05014000123")]
    [InlineData("0501400012380")]
    [InlineData("05014000123a")]
    public void A_number_that_is_not_twelve_ascii_digits_is_invalid(string? bin) =>
        Assert.False(IdentificationNumber.IsValidBin(bin));
}
