using Circles.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Circles.UnitTests.Features;

/// <summary>SEC-34: the one rule for small counts in reports.</summary>
public sealed class SmallNumbersTests
{
    private sealed class English : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "fewer than 5")]
    [InlineData(4, "fewer than 5")]
    [InlineData(5, "5")]
    [InlineData(123, "123")]
    public void Show_HidesOneToFour(int count, string shown) =>
        Assert.Equal(shown, SmallNumbers.Show(count, new English()));

    [Fact]
    public void Total_IsNotShown_WhenItIncludesAHiddenCount()
    {
        Assert.Null(SmallNumbers.Total([6, 3], new English()));
        Assert.Equal("11", SmallNumbers.Total([6, 5, 0], new English()));
        Assert.Equal("0", SmallNumbers.Total([], new English()));
    }
}
