using System.Globalization;
using System.Text.RegularExpressions;
using Circles.Web;
using Circles.Web.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using static Circles.UnitTests.Localization.LocalizationSources;

namespace Circles.UnitTests.Localization;

/// <summary>
/// Every string the app shows goes through SharedResource, keyed by its English text. These
/// tests read the keys from the source and fail, with entries ready to paste, when a language
/// lacks one, when a dynamic key is missing anywhere, when a translation loses a {0}, or when a
/// file keeps a key that the code no longer uses. See docs/localization.md.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    private const string TodoMarker = "TODO";

    [Fact]
    public void Extract_SampleOfEveryKind_FindsKeysAndDynamicPrefixes()
    {
        const string sample = """
            <h1>@L["Sign in"]</h1> <p>@L["Hello, {0}", Model.UserName]</p> <td>@L["Role:" + role]</td>
            <p aria-label="@L["Say \"hi\""]">@L[$"Icon:{icon}"]</p>
            ModelState.AddModelError("Form.Code", l["Enter the code."]);
            [Required(ErrorMessage = "Choose a role.")] [Display(Name = "Works for (days)", Prompt = "e.g. 7")]
            return Failed("PasswordTooShort", minimum == 15
                ? "Use at least 15 characters."
                : "Use at least 8 characters.");
            private static IdentityResult Failed(string code, string description) =>
                IdentityResult.Failed(new IdentityError { Code = code, Description = "Something else." });
            """;

        var (keys, prefixes) = Extract(sample);

        Assert.Equal(
            ["Choose a role.", "Enter the code.", "Hello, {0}", "Say \"hi\"", "Sign in", "Something else.",
             "Use at least 15 characters.", "Use at least 8 characters.", "Works for (days)", "e.g. 7"],
            keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Icon:", "Role:"], prefixes.Order(StringComparer.Ordinal));
        Assert.Empty(ExtractIndirect(sample));
    }

    [Fact]
    public void ExtractIndirect_Sample_FindsLookupsByVariableOnly()
    {
        const string sample = """
            <label>@L[key]</label> ModelState.AddModelError(field, l[ message ]); l[error.Description];
            @L["Sign in"] @L["Role:" + role] @L[$"Icon:{icon}"] @L["Hello, {0}", name] all[index] Html[0]
            """;

        Assert.Equal(["key", "message", "error.Description"], ExtractIndirect(sample));
    }

    [Fact]
    public void Extract_IndirectLookupsInCode_AreAllKnown()
    {
        // L[key] shows whatever key holds; the extractor cannot see it, so each such lookup is listed
        // with the keys that can reach it (LocalizationSources.IndirectLookups).
        var known = IndirectLookups.Select(lookup => $"{lookup.File}: {lookup.Argument}").ToHashSet(StringComparer.Ordinal);
        var unknown = IndirectLookupsInCode.Where(lookup => !known.Contains(lookup)).ToList();
        var gone = known.Where(lookup => !IndirectLookupsInCode.Contains(lookup)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0 && gone.Count == 0,
            "The code looks up keys held in a variable, which the extractor cannot read. List each in " +
            "LocalizationSources.IndirectLookups with the texts that can reach it (or use literal L[\"…\"] keys):\n" +
            string.Join("\n", unknown.Select(lookup => $"  {lookup}")) +
            (gone.Count == 0 ? "" : "\nListed there but no longer in the code; remove them:\n" + string.Join("\n", gone.Select(lookup => $"  {lookup}"))));
    }

    [Fact]
    public void Extract_IndirectLookupKeys_AreStillInTheirSource()
    {
        var problems = IndirectLookups
            .SelectMany(lookup => lookup.Keys
                .Where(key => !StringLiterals(SourceText(lookup.KeysFrom)).Contains(key, StringComparer.Ordinal))
                .Select(key => $"  {lookup.KeysFrom}: \"{key}\""))
            .ToList();
        Assert.True(problems.Count == 0,
            "LocalizationSources.IndirectLookups lists texts that are no longer string literals in their file. " +
            "Update the list to the code's English (and move the translations to the new key):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Extract_GroupDetailsDoneValues_AreAllListed()
    {
        // The group page redirects with ?done=<value> and shows l["Done:" + done]; every value its
        // handlers pass needs a Done: entry.
        var used = GroupDetailsDoneValue().Matches(SourceText("Features/Groups/Details.cshtml.cs"))
            .Select(match => match.Groups["done"].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);
        var unlisted = used.Where(done => !GroupDetailsDone.Contains(done)).Order(StringComparer.Ordinal).ToList();
        var unused = GroupDetailsDone.Where(done => !used.Contains(done)).ToList();
        Assert.True(unlisted.Count == 0 && unused.Count == 0,
            "LocalizationSources.GroupDetailsDone must list the ?done= values of Features/Groups/Details.cshtml.cs. " +
            $"Add [{string.Join(", ", unlisted)}] (and their Done: entries in all three files); remove [{string.Join(", ", unused)}].");
    }

    [Fact]
    public void Extract_WebProject_FindsKeysOfEveryKind()
    {
        // Each file kind the app localizes from today yields keys: views, page models, DataAnnotations, PasswordRules.
        var files = UsedKeys.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(files, file => file.EndsWith(".cshtml", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(".cshtml.cs", StringComparison.Ordinal));
        Assert.Contains("Accounts/PasswordRules.cs", files);
        Assert.Contains("Role:", DynamicPrefixes.Keys);
        Assert.DoesNotContain(UsedKeys.Keys, key => DynamicKeyFamilies.ContainsKey(key));
    }

    [Fact]
    public void Translate_EveryKeyUsedInCode_IsInEachLanguage()
    {
        var problems = new List<string>();
        foreach (var culture in Translations)
        {
            var resx = LoadResx(culture);
            var missing = UsedKeys.Keys.Where(key => !resx.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                problems.Add(
                    $"{Path.GetFileName(ResourceFile(culture))} lacks {missing.Count} key(s) used in the code. " +
                    $"Paste these before </root> and translate the {TodoMarker} values:\n" +
                    AsResxEntries(missing, key => $"{TodoMarker} {key}") +
                    "Used in:\n" + string.Join("\n", missing.Select(key => $"  {string.Join(", ", UsedKeys[key])}: \"{key}\"")));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void Translate_DynamicKeys_AreInEveryFileIncludingEnglish()
    {
        var problems = new List<string>();
        foreach (var culture in Translations.Prepend(null))
        {
            var resx = LoadResx(culture);
            var missing = DynamicKeys.Where(key => !resx.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                problems.Add(
                    $"{Path.GetFileName(ResourceFile(culture))} lacks {missing.Count} dynamic key(s), built at run time " +
                    $"(the key itself is not readable text). Paste these before </root> and write the {TodoMarker} values:\n" +
                    AsResxEntries(missing, key => $"{TodoMarker} {key}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void Extract_DynamicKeyPrefixesInCode_AreAllKnown()
    {
        var unknown = DynamicPrefixes.Keys.Where(prefix => !DynamicKeyFamilies.ContainsKey(prefix)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0,
            "The code builds keys at run time with a prefix that LocalizationSources.DynamicKeyFamilies does not list, " +
            "so nothing checks that their translations exist. Add each prefix there with the values that can follow it:\n" +
            string.Join("\n", unknown.Select(prefix => $"  [\"{prefix}\"] = … ({string.Join(", ", DynamicPrefixes[prefix])})")));
    }

    [Fact]
    public void Translate_Values_KeepThePlaceholdersOfTheirKey()
    {
        var problems = new List<string>();
        foreach (var culture in Translations.Prepend(null))
        {
            foreach (var (key, value) in LoadResx(culture).OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var expected = Placeholders(key);
                var actual = Placeholders(value);
                if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
                {
                    problems.Add($"{Path.GetFileName(ResourceFile(culture))}: \"{key}\" has [{string.Join(" ", expected)}] " +
                                 $"but its translation \"{value}\" has [{string.Join(" ", actual)}]");
                }
            }
        }
        Assert.True(problems.Count == 0, "Translations must keep every {n} of their key, and no other braces:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Translate_Values_AreNotEmptyOrTodo()
    {
        var problems = new List<string>();
        foreach (var culture in Translations.Prepend(null))
        {
            foreach (var (key, value) in LoadResx(culture).OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(value) || value.StartsWith(TodoMarker, StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetFileName(ResourceFile(culture))}: \"{key}\" → \"{value}\"");
                }
            }
        }
        Assert.True(problems.Count == 0, "These entries still need their text:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Translate_AnyText_NeverNamesWhatCirclesIsFor()
    {
        // SEC-6 for every string, not only titles: someone may be reading over the person's shoulder.
        var texts = UsedKeys.Keys.Select(key => ("code", key, key))
            .Concat(Translations.Prepend(null).SelectMany(culture =>
                LoadResx(culture).Select(pair => (Path.GetFileName(ResourceFile(culture)), pair.Key, pair.Value))));
        var problems = texts
            .Where(text => RevealingWords().IsMatch(text.Item3))
            .Select(text => $"{text.Item1}: \"{text.Item2}\" → \"{text.Item3}\" says \"{RevealingWords().Match(text.Item3).Value}\"")
            .ToList();
        Assert.True(problems.Count == 0, "Never name what the organization does; use neutral words (docs/localization.md):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Translate_KeysNoLongerInCode_AreRemoved()
    {
        var problems = new List<string>();
        foreach (var culture in Translations.Prepend(null))
        {
            // English is the key itself, so the neutral file holds dynamic keys only.
            var stale = LoadResx(culture).Keys
                .Where(key => !DynamicKeys.Contains(key) && (culture is null || !UsedKeys.ContainsKey(key)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (stale.Count > 0)
            {
                problems.Add($"{Path.GetFileName(ResourceFile(culture))} has {stale.Count} key(s) that " +
                             (culture is null ? "are not dynamic (English needs no entry)" : "the code no longer uses") +
                             "; delete their <data> elements (or fix the key if the English text only changed a little):\n" +
                             string.Join("\n", stale.Select(key => $"  \"{key}\"")));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("ar")]
    [InlineData("ar-EG")]
    public void Resolve_WithAppLocalizationInTranslatedCulture_ReturnsTranslation(string culture)
    {
        // The app's own registration (resources path, type, namespace), not a copy of it: a wrong
        // path or a moved SharedResource silently shows English everywhere, which this catches.
        using var services = AppServices();
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var expected = LoadResx(new CultureInfo(culture).TwoLetterISOLanguageName);
        var (plainKey, formatKey, dynamicKey) = SampleKeys();

        var (plain, formatted, dynamic) = InCulture(culture, () =>
            (localizer[plainKey], localizer[formatKey, "Rosa"], localizer[dynamicKey]));

        Assert.False(plain.ResourceNotFound, $"\"{plainKey}\" not found for {culture}; searched {plain.SearchedLocation}");
        Assert.Equal(expected[plainKey], plain.Value);
        Assert.NotEqual(plainKey, plain.Value);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected[formatKey], "Rosa"), formatted.Value);
        Assert.Equal(expected[dynamicKey], dynamic.Value);
    }

    [Fact]
    public void Resolve_WithAppLocalizationInEnglish_ReturnsKeyAndEnglishDynamicKeys()
    {
        using var services = AppServices();
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var english = LoadResx(null);
        var (plainKey, _, dynamicKey) = SampleKeys();

        var (plain, dynamic) = InCulture("en", () => (localizer[plainKey], localizer[dynamicKey]));

        Assert.Equal(plainKey, plain.Value);
        Assert.False(dynamic.ResourceNotFound, $"Dynamic keys need the neutral file; searched {dynamic.SearchedLocation}");
        Assert.Equal(english[dynamicKey], dynamic.Value);
        Assert.NotEqual(dynamicKey, dynamic.Value);
    }

    [Fact]
    public void Resolve_WithAppLocalizationForDataAnnotations_UsesSharedResource()
    {
        // Error messages and display names are localized by the factory the app configures for
        // DataAnnotations (typeof(SharedResource)); it must hand out the same table.
        using var services = AppServices();
        var localizer = services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var spanish = LoadResx("es");
        var (plainKey, _, _) = SampleKeys();

        var message = InCulture("es", () => localizer[plainKey]);

        Assert.Equal(spanish[plainKey], message.Value);
    }

    /// <summary>Keys picked from the code, so that rewording a page does not break these tests.</summary>
    private static (string Plain, string Format, string Dynamic) SampleKeys()
    {
        var ordered = UsedKeys.Keys.Order(StringComparer.Ordinal).ToList();
        return (
            ordered.First(key => !key.Contains('{', StringComparison.Ordinal)),
            ordered.FirstOrDefault(key => key.Contains("{0}", StringComparison.Ordinal)) ?? ordered[0],
            DynamicKeys.Order(StringComparer.Ordinal).First());
    }

    /// <summary>The last argument of ForSelfAsync(…, "joined") and the like: the ?done= value.</summary>
    [GeneratedRegex("""\b(?:ForSelfAsync|ForOtherAsync|AfterAsync)\([^;"]*"(?<done>[a-z]+)"\)""")]
    private static partial Regex GroupDetailsDoneValue();

    /// <summary>English, Spanish and Arabic words (stems) that would reveal what the groups are for.</summary>
    [GeneratedRegex(
        """(?i)\b(?:traffick|exploit|survivor|victim|abus|slaver|shelter|trata\b|explotaci|sobreviviente|superviviente|víctima|victima|esclav|refugio|maltrat)"""
        + "|اتجار|إتجار|ضحي|ضحايا|استغلال|ناجي|ناجين|عبودية|إساءة|ملجأ|مأوى")]
    private static partial Regex RevealingWords();

    private static ServiceProvider AppServices()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddWebUi();
        return builder.Services.BuildServiceProvider();
    }

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
