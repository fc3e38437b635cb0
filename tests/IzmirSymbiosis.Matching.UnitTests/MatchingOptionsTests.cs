using System.ComponentModel.DataAnnotations;

namespace IzmirSymbiosis.Matching.UnitTests;

public class MatchingOptionsTests
{
    [Fact]
    public void Validate_Defaults_Valid()
    {
        var o = new MatchingOptions();
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(o, new ValidationContext(o), results, validateAllProperties: true);

        Assert.True(valid, string.Join("; ", results.Select(r => r.ErrorMessage)));
    }

    [Theory]
    [InlineData(-1, 40, 1.3)]
    [InlineData(0.35, 140, 1.3)]
    [InlineData(0.35, 40, 0.5)]
    public void Validate_OutOfRange_Invalid(double materialWeight, double minScore, double roadFactor)
    {
        var o = new MatchingOptions { MaterialWeight = materialWeight, MinScore = minScore, RoadFactor = roadFactor };

        Assert.False(Validator.TryValidateObject(o, new ValidationContext(o), null, validateAllProperties: true));
    }

    [Fact]
    public void SectionName_IsMatching() => Assert.Equal("Matching", MatchingOptions.SectionName);
}
