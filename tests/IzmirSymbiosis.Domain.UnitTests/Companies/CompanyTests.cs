using IzmirSymbiosis.Domain.Common;
using IzmirSymbiosis.Domain.Companies;

namespace IzmirSymbiosis.Domain.UnitTests.Companies;

public sealed class CompanyTests
{
    [Theory]
    [InlineData("", "24.10", "Company.NameRequired")]
    [InlineData("Ege Metal", "2410", "Company.NaceFormat")]
    [InlineData("Ege Metal", "24.1", "Company.NaceFormat")]
    public void Create_InvalidField_ThrowsWithKey(string name, string nace, string key)
    {
        var e = Assert.Throws<DomainException>(() => new Company(name, "1234567890", nace, "Çiğli", SizeBand.Small));
        Assert.Equal(key, e.Code);
    }

    [Fact]
    public void Create_InvalidVkn_Throws()
    {
        var e = Assert.Throws<DomainException>(() => new Company("Ege Metal", "1234567891", "24.10", "Çiğli", SizeBand.Small));
        Assert.Equal("Vkn.CheckDigit", e.Code);
    }

    [Fact]
    public void SetContacts_BadEmail_ThrowsAndKeepsOldContacts()
    {
        var c = new Company("Ege Metal", "1234567890", "24.10", "Çiğli", SizeBand.Small);
        c.SetContacts([new ContactPerson { FullName = "Ayşe Yılmaz", Email = "ayse@example.com.tr" }]);

        Assert.Throws<DomainException>(() => c.SetContacts([new ContactPerson { FullName = "Mehmet Kaya", Email = "yanlis" }]));

        Assert.Equal("Ayşe Yılmaz", Assert.Single(c.Contacts).FullName);
    }

    [Fact]
    public void SearchKey_ContainsFoldedNameDistrictAndVkn()
    {
        var c = new Company("İZMİR DÖKÜM A.Ş.", "1234567890", "24.51", "Çiğli", SizeBand.Large);
        Assert.Equal("izmir dokum a s cigli 1234567890 24 51", c.SearchKey);
    }
}
