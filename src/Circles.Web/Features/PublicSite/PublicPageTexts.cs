using System.Collections.Concurrent;
using System.Globalization;
using Circles.Web.Data;
using Circles.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// What each public page says, per organization and language: the newest saved version, or
/// the built-in text shipped in Features/PublicSite/Content (the only place outside the
/// organization's own edits where the pages' subject is named; the resx files stay neutral).
/// </summary>
public sealed class PublicPageTexts(CirclesDb db)
{
    /// <summary>The newest text of a page in a language, or the built-in one.</summary>
    public async Task<string> GetMarkdownAsync(Guid organizationId, PublicPageKind page, string culture, CancellationToken cancellationToken)
    {
        // Across organizations on purpose, filtered by hand: public visitors have no organization of their own.
        var saved = await db.PublicPageVersions.IgnoreQueryFilters()
            .Where(v => v.OrganizationId == organizationId && v.Page == page && v.Culture == culture)
            .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id)
            .Select(v => v.Markdown)
            .FirstOrDefaultAsync(cancellationToken);
        return saved ?? PublicPageDefaults.Markdown(page, culture);
    }

    /// <summary>The supported culture closest to the request's, for choosing a text.</summary>
    public static string CurrentCulture()
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return WebSetup.SupportedCultures.Contains(language) ? language : "en";
    }
}

/// <summary>The built-in texts, embedded in the assembly (Content/*.md and the self-check's questions).</summary>
public static class PublicPageDefaults
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string FileName(PublicPageKind page) => page switch
    {
        PublicPageKind.Signs => "signs",
        PublicPageKind.Help => "help",
        PublicPageKind.Volunteer => "volunteer",
        PublicPageKind.SelfCheck => "self-check",
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };

    public static string Markdown(PublicPageKind page, string culture) => Read($"{FileName(page)}.{culture}.md");

    public static SelfCheckQuestions SelfCheck(string culture) => SelfCheckQuestions.Parse(Read($"self-check-questions.{culture}.txt"));

    private static string Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(PublicPageDefaults).Assembly.GetManifestResourceStream("PublicSite." + n)
            ?? throw new InvalidOperationException($"The built-in public page text {n} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

/// <summary>
/// The self-check's questions and its two result texts. The answers are counted only in the
/// browser (wwwroot/js/self-check.js); nothing is sent or stored.
/// </summary>
public sealed record SelfCheckQuestions(IReadOnlyList<string> Questions, string IfAnyYes, string IfNoYes)
{
    public static SelfCheckQuestions Parse(string text)
    {
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = sections[line[1..^1]] = [];
                continue;
            }
            if (current is not null && !string.IsNullOrWhiteSpace(line))
            {
                current.Add(line.Trim());
            }
        }
        return new SelfCheckQuestions(
            sections.GetValueOrDefault("questions") ?? [],
            string.Join("\n\n", sections.GetValueOrDefault("some") ?? []),
            string.Join("\n\n", sections.GetValueOrDefault("none") ?? []));
    }
}
