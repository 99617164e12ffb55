using Circles.Web.Features.Crisis;

namespace Circles.UnitTests.Features.Crisis;

/// <summary>Crisis language in both seeded languages: what matches, what must not, and the lists themselves.</summary>
public sealed class CrisisDetectorTests
{
    [Theory]
    [InlineData("I'm  going to KILL myself!!", "im going to kill myself")]
    [InlineData("I’m in danger", "im in danger")]
    [InlineData("Quiero   MORIR.", "quiero morir")]
    [InlineData("hacerme daño", "hacerme dano")]
    [InlineData("Estarían mejor sin mí", "estarian mejor sin mi")]
    [InlineData("k\u200Bill myself", "kill myself")]
    [InlineData("أريد أن أُنهي حياتي", "اريد ان انهي حياتي")]
    [InlineData("لا أستطيع الخروج من الغرفة", "لا استطيع الخروج من الغرفه")]
    [InlineData("", "")]
    public void Normalize_AnyText_LowerCaseNoAccentsNoPunctuation(string text, string expected)
    {
        Assert.Equal(expected, CrisisDetector.Normalize(text));
    }

    [Theory]
    [InlineData("Some days I just want to die, honestly", "want to die", CrisisCategory.SelfHarm)]
    [InlineData("I think I might kill myself tonight", "kill myself", CrisisCategory.SelfHarm)]
    [InlineData("There is no reason to live anymore", "no reason to live", CrisisCategory.SelfHarm)]
    [InlineData("Im in danger, he is outside", "im in danger", CrisisCategory.ImmediateDanger)]
    [InlineData("I'm in danger", "im in danger", CrisisCategory.ImmediateDanger)]
    [InlineData("If he finds out HE WILL KILL ME", "he will kill me", CrisisCategory.ImmediateDanger)]
    [InlineData("They are coming for me.", "they are coming for me", CrisisCategory.ImmediateDanger)]
    [InlineData("Ya no aguanto, quiero morir", "quiero morir", CrisisCategory.SelfHarm)]
    [InlineData("Pienso en quitarme la vida", "quitarme la vida", CrisisCategory.SelfHarm)]
    [InlineData("a veces quiero hacerme dano", "hacerme daño", CrisisCategory.SelfHarm)]
    [InlineData("Si se entera ME VA A MATAR", "me va a matar", CrisisCategory.ImmediateDanger)]
    [InlineData("Estoy en peligro ahora", "estoy en peligro", CrisisCategory.ImmediateDanger)]
    [InlineData("me tienen encerrada en la casa", "me tienen encerrada", CrisisCategory.ImmediateDanger)]
    [InlineData("Vienen por mi", "vienen por mí", CrisisCategory.ImmediateDanger)]
    public void Match_SeededPhraseInText_FindsItWithItsCategory(string text, string phrase, CrisisCategory category)
    {
        var match = CrisisDetector.Match(text, CrisisPhraseSeeds.All);

        Assert.NotNull(match);
        Assert.Equal(phrase, match.Phrase);
        Assert.Equal(category, match.Category);
    }

    [Theory]
    [InlineData("This new skill: myselfie editing")]
    [InlineData("That film was killing me, so funny")]
    [InlineData("I want to diet before summer")]
    [InlineData("They took my passport last year")]
    [InlineData("Hoy no puedo ir, tengo trabajo")]
    [InlineData("Quiero mucho a mi familia")]
    [InlineData("La película me mató de risa")]
    [InlineData("")]
    public void Match_OrdinaryText_FindsNothing(string text)
    {
        Assert.Null(CrisisDetector.Match(text, CrisisPhraseSeeds.All));
    }

    [Fact]
    public void Match_DangerAndSelfHarmInOneText_NamesTheDanger()
    {
        var match = CrisisDetector.Match("I want to die, and he will kill me anyway", CrisisPhraseSeeds.All);

        Assert.Equal(CrisisCategory.ImmediateDanger, match?.Category);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Seeds_EachLanguage_HasAFullListOfBothCategories(string language)
    {
        var seeds = CrisisPhraseSeeds.All.Where(s => s.Language == language).ToList();

        Assert.InRange(seeds.Count, 20, 40);
        Assert.Contains(seeds, s => s.Category == CrisisCategory.SelfHarm);
        Assert.Contains(seeds, s => s.Category == CrisisCategory.ImmediateDanger);
        var normalized = seeds.Select(s => CrisisDetector.Normalize(s.Phrase)).ToList();
        Assert.All(normalized, n => Assert.True(n.Length >= 3, $"'{n}' is too short to mean anything"));
        Assert.Equal(normalized.Count, normalized.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s.Phrase.Length <= 200));
    }
}
