using Circles.Web.Features.Stories;

namespace Circles.UnitTests.Features.Stories;

/// <summary>The reviewer's automatic highlight (issue 16): what could identify someone is marked; a sentence's first word and ordinary words are not.</summary>
public sealed class IdentifyingDetailsTests
{
    private static List<(string Text, DetailKind Kind)> Marked(string text) =>
        [.. IdentifyingDetails.Find(text).Select(s => (text.Substring(s.Start, s.Length), s.Kind))];

    [Fact]
    public void CapitalisedWords_NotAtTheStartOfASentence_AreNamesOrPlaces()
    {
        var marked = Marked("Yesterday I met Amira in Leeds. She was kind. Then we walked.");

        Assert.Contains(("Amira", DetailKind.Name), marked);
        Assert.Contains(("Leeds", DetailKind.Name), marked);
        Assert.DoesNotContain(marked, m => m.Text is "Yesterday" or "She" or "Then" or "I");
    }

    [Fact]
    public void StartOfALineOrAfterAQuestion_IsTheStartOfASentence()
    {
        var marked = Marked("Why now?\nNobody knew. \"Really\" said Tom.");

        Assert.DoesNotContain(marked, m => m.Text is "Why" or "Nobody" or "Really");
        Assert.Contains(("Tom", DetailKind.Name), marked);
    }

    [Theory]
    [InlineData("I arrived on 12/05/2024 with nothing.", "12/05/2024", DetailKind.Date)]
    [InlineData("It was the 4 March, a cold day.", "4 March", DetailKind.Date)]
    [InlineData("it happened in october 2023 at night", "october 2023", DetailKind.Date)]
    [InlineData("we met at 9:30 pm outside", "9:30 pm", DetailKind.Time)]
    [InlineData("we met at 9pm outside", "9pm", DetailKind.Time)]
    [InlineData("call me on +44 161 000 0000 please", "+44 161 000 0000", DetailKind.Phone)]
    [InlineData("write to someone.else@example.org today", "someone.else@example.org", DetailKind.Email)]
    [InlineData("there were 3 of us", "3", DetailKind.Number)]
    [InlineData("we lived on mill street for a year", "street", DetailKind.Street)]
    public void Details_AreMarkedWithTheirKind(string text, string expected, DetailKind kind) =>
        Assert.Contains((expected, kind), Marked(text));

    [Fact]
    public void Spans_AreInOrder_AndNeverOverlap()
    {
        var text = "On 12/05 I stayed with Maria at 14 Mill Street and called 0161 000 0000 at 9pm, or wrote to maria@example.org.";

        var spans = IdentifyingDetails.Find(text);

        Assert.NotEmpty(spans);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].End <= spans[i].Start, $"{spans[i - 1]} overlaps {spans[i]}");
        }
        var marked = Marked(text);
        Assert.Contains(("0161 000 0000", DetailKind.Phone), marked);
        Assert.Contains(("maria@example.org", DetailKind.Email), marked);
        Assert.Contains(("Maria", DetailKind.Name), marked);
        Assert.Contains(("Mill", DetailKind.Name), marked);
    }

    [Fact]
    public void Segments_PutTheTextBackTogether()
    {
        var text = "Then Amira called at 9pm.";

        var segments = IdentifyingDetails.Segments(text);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Contains(segments, s => s is { Text: "Amira", Kind: DetailKind.Name });
    }

    [Fact]
    public void PlainText_WithoutDetails_MarksNothing()
    {
        Assert.Empty(IdentifyingDetails.Find("it was a good week and i felt calmer."));
        Assert.Empty(IdentifyingDetails.Find(""));
        Assert.Empty(IdentifyingDetails.Find(null));
    }

    [Fact]
    public void WordDiff_ShowsRemovedAndAddedWords()
    {
        var changes = WordDiff.Compare("I met Amira in Leeds", "I met someone in a city")!;

        Assert.Contains(("Amira", DiffChange.Removed), changes);
        Assert.Contains(("someone", DiffChange.Added), changes);
        Assert.Equal("I met", changes[0].Text);
    }
}
