using MediationFlow.Core.Validation;

namespace MediationFlow.Core.Tests.Validation;

/// <summary>
/// The IIN check digit as DOMAIN.md gives it: the first 11 digits weighted 1..11, mod 11; if that is 10,
/// weighted 3,4,5,6,7,8,9,10,11,1,2; if still 10 the number is invalid. The expected digits below were
/// worked out by hand from that rule, not by calling the code under test.
/// </summary>
public sealed class IinTests
{
    [Theory]
    // 9·1+0·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+0·10+1·11 = 51, 51 mod 11 = 7
    [InlineData("900101300017")]
    // 8+10+3+8+15+6+28+0+0+0+22 = 100, 100 mod 11 = 1
    [InlineData("851231400021")]
    // 29 February 2000, century digit 5: 0+0+0+8+10+54+35+0+0+0+33 = 140, 140 mod 11 = 8
    [InlineData("000229500038")]
    // 9+18+0+24+15+0+42+0+0+10+22 = 140, 140 mod 11 = 8
    [InlineData("990630600128")]
    public void A_number_whose_last_digit_is_the_first_weighted_sum_mod_11_is_valid(string iin) =>
        Assert.True(IdentificationNumber.IsValidIin(iin));

    [Fact]
    public void Of_the_ten_possible_last_digits_only_the_computed_one_is_valid()
    {
        var valid = Enumerable.Range(0, 10).Where(digit => IdentificationNumber.IsValidIin("90010130001" + digit)).ToList();

        Assert.Equal([7], valid);
    }

    [Theory]
    // First weights: 6·1+0+0+1·4+0+3·6+3·7+0+0+6·10+0 = 109, 109 mod 11 = 10, so the second weights apply:
    // 6·3+0+0+1·6+0+3·8+3·9+0+0+6·1+0 = 81, 81 mod 11 = 4.
    [InlineData("600103300604", true)]
    // Same first digits: the digit the first weights would give (10 is not a digit) or any other is wrong.
    [InlineData("600103300600", false)]
    [InlineData("600103300609", false)]
    public void When_the_first_sum_gives_10_the_second_weights_decide(string iin, bool expected) =>
        Assert.Equal(expected, IdentificationNumber.IsValidIin(iin));

    [Fact]
    public void When_the_second_sum_also_gives_10_no_last_digit_makes_the_number_valid()
    {
        // First weights: 6+0+0+4+0+18+21+0+0+60+33 = 142, mod 11 = 10; second: 18+0+0+6+0+24+27+0+0+6+6 = 87, mod 11 = 10.
        const string prefix = "60010330063";

        Assert.All(Enumerable.Range(0, 10), digit => Assert.False(IdentificationNumber.IsValidIin(prefix + digit)));
    }

    [Theory]
    [InlineData("900101300018")]
    [InlineData("900101300010")]
    [InlineData("851231400022")]
    public void A_wrong_check_digit_is_invalid(string iin) => Assert.False(IdentificationNumber.IsValidIin(iin));

    [Theory]
    [InlineData("")]
    [InlineData("90010130001")]
    [InlineData("9001013000170")]
    [InlineData("900101 300017")]
    public void A_number_that_is_not_twelve_digits_long_is_invalid(string iin) => Assert.False(IdentificationNumber.IsValidIin(iin));

    [Theory]
    [InlineData("90010130001A")]
    [InlineData("9OO1O13OOO17")]
    [InlineData("-90101300017")]
    // Arabic-Indic digits are digits to char.IsDigit, but not in an IIN.
    [InlineData("٩٠٠١٠١٣٠٠٠١٧")]
    public void A_number_with_anything_but_ascii_digits_is_invalid(string iin) => Assert.False(IdentificationNumber.IsValidIin(iin));

    [Fact]
    public void A_missing_number_is_invalid()
    {
        Assert.False(IdentificationNumber.IsValidIin(null));
    }

    [Theory]
    // Check digits correct by the weights, but month 13, day 32 or day 00 cannot be a birth date.
    [InlineData("901301300017")]
    [InlineData("900132300016")]
    [InlineData("900100300011")]
    public void A_correct_check_digit_on_an_impossible_birth_date_is_still_invalid(string iin) =>
        Assert.False(IdentificationNumber.IsValidIin(iin));
}
