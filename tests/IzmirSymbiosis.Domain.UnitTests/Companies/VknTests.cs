using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Domain.UnitTests.Companies;

public sealed class VknTests
{
    // Worked by hand with the Gelir İdaresi algorithm: for digit d at position i (0-based),
    // t = (d + 9 - i) mod 10, v = t·2^(9-i) mod 9 (9 when t ≠ 0 and v = 0); check = (10 - Σv mod 10) mod 10.
    // 123456789: every t is 0, so Σv = 0 and the check digit is 0.
    // 000000000: t = 9,8,…,1 → v = 9,5,5,6,7,1,6,8,2, Σv = 49, check digit 1.
    [Theory]
    [InlineData("1234567890")]
    [InlineData("0000000001")]
    [InlineData("1111111114")]
    [InlineData("123 456 789 0")]
    public void Parse_ValidNumber_ReturnsTenDigits(string text)
    {
        var vkn = Vkn.Parse(text);

        Assert.Equal(10, vkn.Value.Length);
        Assert.True(Vkn.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1234567891", "Vkn.CheckDigit")]
    [InlineData("1111111111", "Vkn.CheckDigit")]
    [InlineData("0000000000", "Vkn.CheckDigit")]
    [InlineData("123456789", "Vkn.Format")]
    [InlineData("12345678901", "Vkn.Format")]
    [InlineData("12345A7890", "Vkn.Format")]
    [InlineData("", "Vkn.Required")]
    [InlineData("   ", "Vkn.Required")]
    [InlineData(null, "Vkn.Required")]
    public void Parse_InvalidNumber_ThrowsWithMessageKey(string? text, string expectedKey)
    {
        var e = Assert.Throws<DomainException>(() => Vkn.Parse(text));

        Assert.Equal(expectedKey, e.Code);
        Assert.Equal("TaxNumber", e.Field);
        Assert.False(Vkn.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_AnyNineDigitPrefix_ExactlyOneLastDigitIsValid()
    {
        // A wrong last digit is always rejected: exactly one of the ten endings is valid.
        for (var prefix = 100_000_000; prefix < 100_000_000 + 500; prefix++)
        {
            var nine = prefix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var valid = Enumerable.Range(0, 10).Count(d => Vkn.TryParse(nine + d, out _));
            Assert.Equal(1, valid);
        }
    }
}
