using Circles.Web.Features.Directory.Hsds;

namespace Circles.UnitTests.Features.Directory;

/// <summary>SEC-23 formula neutralisation and the HSDS value formats that make an export re-import unchanged.</summary>
public sealed class HsdsValuesTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("''-x", "'''-x")]
    [InlineData("'tis", "'tis")]
    [InlineData("'", "'")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Neutralise_FormulaTriggers_GetOneApostropheAndRestoreExactly(string value, string cell)
    {
        Assert.Equal(cell, CsvFormulaGuard.Neutralise(value));
        Assert.Equal(value, CsvFormulaGuard.Restore(cell));
    }

    [Theory]
    [InlineData("2024-03-31", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("31/03/2024", false)]
    [InlineData("2024-3-31", false)]
    public void IsDate_AcceptsOnlyRealYearMonthDay(string text, bool expected) => Assert.Equal(expected, HsdsValues.IsDate(text));

    [Theory]
    [InlineData("2023-03-15T10:30:45.123Z", "2023-03-15T10:30:45.123Z")]
    [InlineData("2023-03-15T12:30:45+02:00", "2023-03-15T10:30:45Z")]
    [InlineData("2023-03-15T10:30", "2023-03-15T10:30:00Z")]
    public void DateTime_ParsesIsoAndFormatsAsUtc(string text, string formatted)
    {
        Assert.True(HsdsValues.TryParseDateTime(text, out var utc));
        Assert.Equal(formatted, HsdsValues.FormatDateTime(utc));
    }

    [Theory]
    [InlineData("March 5 2023")]
    [InlineData("yesterday")]
    [InlineData("2023-03-15")]
    public void DateTime_RefusesOtherForms(string text) => Assert.False(HsdsValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("35.50", "35.5")]
    [InlineData("100", "100")]
    [InlineData("-0.125", "-0.125")]
    [InlineData("1e2", "100")]
    public void Number_FormatsWithoutTrailingZeros(string text, string formatted)
    {
        Assert.True(HsdsValues.TryParseNumber(text, out var number));
        Assert.Equal(formatted, HsdsValues.FormatNumber(number));
    }
}
