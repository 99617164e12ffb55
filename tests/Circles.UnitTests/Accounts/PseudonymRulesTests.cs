using Circles.Web.Accounts;

namespace Circles.UnitTests.Accounts;

public sealed class PseudonymRulesTests
{
    [Theory]
    [InlineData("Rosa")]
    [InlineData("sun flower")]
    [InlineData("نور")]
    [InlineData("María-José_2")]
    public void IsValid_ForNamesInAnyScript_IsTrue(string name) => Assert.True(PseudonymRules.IsValid(name));

    [Theory]
    [InlineData("a")]
    [InlineData("<script>")]
    [InlineData("---")]
    [InlineData("name@example.org")]
    public void IsValid_ForTooShortOrMarkup_IsFalse(string name) => Assert.False(PseudonymRules.IsValid(name));

    [Fact]
    public void Normalize_CollapsesSpaces() => Assert.Equal("sun flower", PseudonymRules.Normalize("  sun   flower "));
}
