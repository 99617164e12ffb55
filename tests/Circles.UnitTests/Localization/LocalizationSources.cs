using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Circles.Web.Accounts;
using Circles.Web.Features.Communities;
using Circles.Web.Features.FollowUps;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Icebreakers;
using Circles.Web.Features.Invitations;
using Circles.Web.Features.Me;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Shared;

namespace Circles.UnitTests.Localization;

/// <summary>
/// Reads the keys that src/Circles.Web asks the shared localizer for, straight from the source
/// files, and the keys that the three SharedResource .resx files hold.
/// </summary>
internal static partial class LocalizationSources
{
    /// <summary>The app's languages other than English, whose text is the key itself.</summary>
    public static readonly IReadOnlyList<string> Translations = WebSetup.SupportedCultures.Where(culture => culture != "en").ToList();

    /// <summary>
    /// What the group page's handlers pass as <c>?done=</c> (Features/Groups/Details.cshtml.cs), shown as
    /// <c>l["Done:" + done]</c>. Not an enum, so
    /// <see cref="ResourceCompletenessTests.Extract_GroupDetailsDoneValues_AreAllListed"/> checks this list against that file.
    /// </summary>
    public static readonly IReadOnlyList<string> GroupDetailsDone = [.. Circles.Web.Features.Groups.DetailsModel.DoneMessages];

    /// <summary>
    /// Keys built at run time as <c>L["Prefix:" + value]</c>: a prefix and every value the code can
    /// put after it. They need an entry in every file, English included, because the key itself
    /// is not readable text. A new family in the code fails
    /// <see cref="ResourceCompletenessTests.Extract_DynamicKeyPrefixesInCode_AreAllKnown"/> until it is added here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> DynamicKeyFamilies =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["Role:"] = Roles.All,
            // The public pages (issue 15): the names of the editable texts on /settings/public-pages.
            ["PublicPage:"] = Enum.GetNames<Circles.Web.Features.PublicSite.PublicPageKind>(),
            ["Invitation:"] = Enum.GetNames<InvitationState>(),
            ["VolunteerStage:"] = Enum.GetNames<Circles.Web.Features.Volunteers.VolunteerStage>(),
            ["Icon:"] = DiscreetIcons.All,
            ["CommunityKind:"] = Enum.GetNames<CommunityKind>(),
            ["Barrier:"] = FlagNames<AccessBarriers>(),
            ["GroupFormat:"] = Enum.GetNames<GroupFormat>(),
            ["Membership:"] = Enum.GetNames<MembershipStatus>(),
            ["Done:"] = GroupDetailsDone,
            ["Proposal:"] = Enum.GetNames<ProposalStatus>(),
            ["SessionStatus:"] = Enum.GetNames<SessionStatus>(),
            ["Attendance:"] = Enum.GetNames<AttendanceStatus>(),
            ["AbsenceReason:"] = Enum.GetNames<AbsenceReason>(),
            ["Channel:"] = FlagNames<ContactChannels>(),
            ["Outcome:"] = Enum.GetNames<FollowUpOutcome>(),
            ["Tag:"] = FlagNames<IcebreakerTags>(),
            ["CopingTag:"] = Circles.Web.Features.Strategies.CopingTags.All,
            ["HsdsTable:"] = [.. Circles.Web.Features.Directory.Hsds.HsdsSchema.Tables.Select(table => table.Name)],
            ["NeedCategory:"] = Enum.GetNames<Circles.Web.Features.Needs.NeedCategory>(),
            ["Urgency:"] = Enum.GetNames<Circles.Web.Features.Needs.NeedUrgency>(),
            ["NeedStatus:"] = Enum.GetNames<Circles.Web.Features.Needs.NeedStatus>(),
            ["ReferralStatus:"] = Enum.GetNames<Circles.Web.Features.Needs.ReferralStatus>(),
            ["Answer:"] = Enum.GetNames<Circles.Web.Features.Needs.MemberAnswer>(),
            ["ReferralIntake:"] = Enum.GetNames<Circles.Web.Features.Directory.IntakeStatus>(),
            ["NeedDone:"] = [.. Circles.Web.Features.Needs.DetailsModel.DoneMessages],
            ["ManageDone:"] = [.. Circles.Web.Features.Needs.ManageModel.DoneMessages],
            ["Intake:"] = Enum.GetNames<Circles.Web.Features.Directory.IntakeStatus>(),
            ["Term:"] = [.. Circles.Web.Features.Directory.SurvivorTaxonomy.Terms.Select(term => term.Code)],
            // Peer supporters (issue 5): their profile's choices and the wellbeing scale.
            ["Availability:"] = FlagNames<Circles.Web.Features.Peers.Availability>(),
            ["PeerTopic:"] = FlagNames<Circles.Web.Features.Peers.PeerTopics>(),
            ["Experience:"] = FlagNames<Circles.Web.Features.Peers.SharedExperience>(),
            ["PeerGender:"] = Enum.GetNames<Circles.Web.Features.Peers.PeerGender>(),
            ["Wellbeing:"] = [.. Circles.Web.Features.Peers.Wellbeing.Scale.Select(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            // Explainable peer matching (Features/Peers/PeerMatchReasons.cs, Index.cshtml, Match.cshtml).
            ["MatchExperience:"] = FlagNames<Circles.Web.Features.Peers.SharedExperience>(),
            ["MatchTopic:"] = FlagNames<Circles.Web.Features.Peers.PeerTopics>(),
            ["MatchTime:"] = FlagNames<Circles.Web.Features.Peers.Availability>(),
            ["MatchGender:"] = Enum.GetNames<Circles.Web.Features.Peers.PeerGender>(),
            ["MatchStatus:"] = Enum.GetNames<Circles.Web.Features.Peers.PeerMatchStatus>(),
            ["AskExperience:"] = FlagNames<Circles.Web.Features.Peers.SharedExperience>(),
            ["AskTopic:"] = FlagNames<Circles.Web.Features.Peers.PeerTopics>(),
            ["AskTime:"] = FlagNames<Circles.Web.Features.Peers.Availability>(),
            ["AskGender:"] = Enum.GetNames<Circles.Web.Features.Peers.PeerGender>(),
            ["PeersDone:"] = [.. Circles.Web.Features.Peers.IndexModel.DoneMessages],
            ["DiscussionMode:"] = Enum.GetNames<Circles.Web.Features.Discussions.DiscussionMode>(),
            ["ReportReason:"] = Enum.GetNames<Circles.Web.Features.Moderation.ReportReason>(),
            ["RestrictionKind:"] = Enum.GetNames<Circles.Web.Features.Discussions.DiscussionRestrictionKind>(),
            ["CrisisCategory:"] = Enum.GetNames<Circles.Web.Features.Crisis.CrisisCategory>(),
            // Wellbeing check-ins (issue 6): the rhythm a member chooses on /wellbeing.
            ["WellbeingRhythm:"] = Enum.GetNames<Circles.Web.Features.Wellbeing.WellbeingRhythm>(),
            // The journal's optional mood (issue 6, Features/Journal).
            ["Mood:"] = Enum.GetNames<Circles.Web.Features.Journal.JournalMood>(),
            // Partners (issue 15, Features/Partners): kinds, ways to reach a contact, the engagement log, "How did you find us?".
            ["PartnerKind:"] = Enum.GetNames<Circles.Web.Features.Partners.PartnerKind>(),
            ["ContactWay:"] = Enum.GetNames<Circles.Web.Features.Partners.PartnerContactWay>(),
            ["Engagement:"] = Enum.GetNames<Circles.Web.Features.Partners.EngagementKind>(),
            ["JoinChannel:"] = [.. Circles.Web.Features.Partners.Sources.JoinSources.Channels.Select(channel => channel.ToString())],
            // Volunteers' requirements, assignments and hours (issue 15, Features/Volunteering).
            ["RequirementStatus:"] = Enum.GetNames<Circles.Web.Features.Volunteering.RequirementStatus>(),
            ["AssignmentKind:"] = Enum.GetNames<Circles.Web.Features.Volunteering.AssignmentKind>(),
            ["HoursStatus:"] = Enum.GetNames<Circles.Web.Features.Volunteering.HoursStatus>(),
            // Awareness campaigns (issue 15, Features/Campaigns).
            ["CampaignPhase:"] = Enum.GetNames<Circles.Web.Features.Campaigns.CampaignPhase>(),
            ["GoalKind:"] = Enum.GetNames<Circles.Web.Features.Campaigns.GoalKind>(),
            ["ReachChannel:"] = Enum.GetNames<Circles.Web.Features.Campaigns.ReachChannel>(),
            ["CampaignDone:"] = [.. Circles.Web.Features.Campaigns.DetailsModel.DoneMessages],
            // Stories read by their audiences and organizer updates (issue 16, Features/Stories, Features/Updates).
            ["StoryKind:"] = Enum.GetNames<Circles.Web.Features.Stories.StoryKind>(),
            ["StoryAudience:"] = Enum.GetNames<Circles.Web.Features.Stories.StoryAudience>(),
            ["StoryDone:"] = [.. Circles.Web.Features.Stories.DetailsModel.DoneMessages],
            ["UpdateKind:"] = Enum.GetNames<Circles.Web.Features.Updates.UpdateKind>(),
            ["UpdateAudience:"] = Enum.GetNames<Circles.Web.Features.Updates.UpdateAudience>(),
            ["UpdateDone:"] = [.. Circles.Web.Features.Updates.IndexModel.DoneMessages],
        };

    /// <summary>
    /// Lookups whose key is a variable, not a literal: <c>L[key]</c>, <c>l[message]</c>. Each names the file that
    /// makes it, the argument as written there, and the file whose string literals can reach it with those keys.
    /// The keys count as used (they need Spanish and Arabic like any other); a new lookup of this kind fails
    /// <see cref="ResourceCompletenessTests.Extract_IndirectLookupsInCode_AreAllKnown"/> until it is listed here,
    /// and a key that is no longer a literal in its source fails
    /// <see cref="ResourceCompletenessTests.Extract_IndirectLookupKeys_AreStillInTheirSource"/>.
    /// </summary>
    public static readonly IReadOnlyList<IndirectLookup> IndirectLookups =
    [
        // The answer scale, a local array of (text, value).
        new("Features/Sessions/Feedback.cshtml", "key", "Features/Sessions/Feedback.cshtml",
            ["Not at all", "A little", "Somewhat", "Mostly", "Completely"]),
        // GroupForm.Problems(): yield return ("Form.Field", "Message").
        new("Features/Groups/GroupEditing.cs", "message", "Features/Groups/GroupForm.cs",
            ["Choose a language from the list.", "Choose a time zone from the list."]),
        new("Features/Sessions/Details.cshtml.cs", "OpenConversation", "Features/Sessions/Details.cshtml.cs",
            ["Open conversation"]),
        // IdentityError descriptions: the Failed(…) texts of PasswordRules, which Extract finds itself.
        new("Features/Join/Index.cshtml.cs", "error.Description", "Accounts/PasswordRules.cs", []),
        new("Features/Account/Password.cshtml.cs", "error.Description", "Accounts/PasswordRules.cs", []),
        new("Features/Account/Reset.cshtml.cs", "error.Description", "Accounts/PasswordRules.cs", []),
        // The neutral sentence of each kind of notification (the default included).
        new("Features/Notifications/Index.cshtml", "NotificationTexts.For(notification.Kind)", "Features/Notifications/NotificationTexts.cs",
            [.. Enum.GetValues<Circles.Web.Features.Notifications.NotificationKind>().Select(Circles.Web.Features.Notifications.NotificationTexts.For)
                .Append(Circles.Web.Features.Notifications.NotificationTexts.For((Circles.Web.Features.Notifications.NotificationKind)(-1))).Distinct()]),
        // The WHO-5 items and answer labels (Who5.Items, Who5.Answers).
        new("Features/Wellbeing/CheckIn.cshtml", "item", "Features/Wellbeing/WellbeingCheckIn.cs",
            [.. Circles.Web.Features.Wellbeing.Who5.Items]),
        new("Features/Wellbeing/CheckIn.cshtml", "answer.Label", "Features/Wellbeing/WellbeingCheckIn.cs",
            [.. Circles.Web.Features.Wellbeing.Who5.Answers.Select(answer => answer.Label)]),
        // The journal's reflection prompts (issue 6): the id is stored, the English text is the key.
        new("Features/Journal/Index.cshtml", "entry.Prompt.Text", "Features/Journal/ReflectionPrompts.cs", [.. Circles.Web.Features.Journal.ReflectionPrompts.All.Select(prompt => prompt.Text)]),
        new("Features/Journal/Entry.cshtml", "entry.Prompt.Text", "Features/Journal/ReflectionPrompts.cs", [.. Circles.Web.Features.Journal.ReflectionPrompts.All.Select(prompt => prompt.Text)]),
        new("Features/Journal/_JournalFields.cshtml", "Model.Suggested.Text", "Features/Journal/ReflectionPrompts.cs", [.. Circles.Web.Features.Journal.ReflectionPrompts.All.Select(prompt => prompt.Text)]),
        new("Features/Journal/_JournalFields.cshtml", "prompt.Text", "Features/Journal/ReflectionPrompts.cs", [.. Circles.Web.Features.Journal.ReflectionPrompts.All.Select(prompt => prompt.Text)]),
        // Issue 15: RequirementForm.Problems() and HoursForm.Problems(): yield return ("Form.Field", "Message").
        new("Features/Volunteering/Requirements/Index.cshtml.cs", "message", "Features/Volunteering/Requirements/RequirementForm.cs",
            ["Choose at least one role that needs it."]),
        new("Features/Volunteering/Requirements/Edit.cshtml.cs", "message", "Features/Volunteering/Requirements/RequirementForm.cs",
            ["Choose at least one role that needs it."]),
        new("Features/Volunteering/Hours/Log.cshtml.cs", "message", "Features/Volunteering/Hours/HoursForm.cs",
            ["Give the day you worked.", "The day cannot be in the future.", "Give the hours in quarter hours, from 0.25 to 24 (for example 1.5).",
                "Choose one of your assignments, or Other.", "Use at most 500 characters."]),
    ];

    /// <summary>A lookup by variable: in <paramref name="File"/>, <c>l[<paramref name="Argument"/>]</c> shows one of <paramref name="Keys"/>, written in <paramref name="KeysFrom"/>.</summary>
    public sealed record IndirectLookup(string File, string Argument, string KeysFrom, IReadOnlyList<string> Keys);

    private static string[] FlagNames<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Where(name => name != "None")];

    public static IReadOnlySet<string> DynamicKeys { get; } = DynamicKeyFamilies
        .SelectMany(family => family.Value.Select(value => family.Key + value))
        .ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<string> WebRoot = new(FindWebRoot);
    private static readonly Lazy<SourceScan> Scan = new(ScanSources);

    /// <summary>Every static key in the code, with the files that use it (relative to src/Circles.Web).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> UsedKeys => Scan.Value.Keys;

    /// <summary>Prefixes of keys the code builds at run time, with the files that build them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> DynamicPrefixes => Scan.Value.Prefixes;

    /// <summary>Lookups by a variable (<c>L[key]</c>) in the code, as "file: argument".</summary>
    public static IReadOnlySet<string> IndirectLookupsInCode => Scan.Value.Indirect;

    /// <summary>The text of a source file, by its path relative to src/Circles.Web.</summary>
    public static string SourceText(string file) => File.ReadAllText(Path.Combine(WebRoot.Value, file));

    public static string ResourceFile(string? culture) =>
        Path.Combine(WebRoot.Value, "Resources", culture is null ? "SharedResource.resx" : $"SharedResource.{culture}.resx");

    /// <summary>The key → value pairs of one .resx file (null: the neutral, English one).</summary>
    public static IReadOnlyDictionary<string, string> LoadResx(string? culture)
    {
        var path = ResourceFile(culture);
        Assert.True(File.Exists(path), $"Missing resource file {path}");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        // The resource compiler compares names ignoring case and silently drops the second of
        // "Yes" and "yes", so that one would show in English: refuse such pairs here.
        var namesIgnoringCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var name = (string)data.Attribute("name")!;
            Assert.True(data.Attribute("type") is null, $"{Path.GetFileName(path)}: '{name}' is not a plain string entry");
            Assert.True(namesIgnoringCase.Add(name), $"{Path.GetFileName(path)}: '{name}' appears twice (perhaps in another case)");
            entries.Add(name, (string?)data.Element("value") ?? "");
        }
        return entries;
    }

    /// <summary>
    /// The {0}, {1:g}… placeholders of a format string, sorted, plus a marker for any lone brace,
    /// which would make string.Format throw at run time.
    /// </summary>
    public static IReadOnlyList<string> Placeholders(string text)
    {
        var found = Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
        var rest = Placeholder().Replace(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal), "");
        if (rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal))
        {
            found.Add("(lone brace)");
        }
        return found;
    }

    /// <summary>Resx entries ready to paste inside &lt;root&gt;, with TODO values to translate.</summary>
    public static string AsResxEntries(IEnumerable<string> keys, Func<string, string> value)
    {
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            var entry = new XElement("data",
                new XAttribute("name", key),
                new XAttribute(XNamespace.Xml + "space", "preserve"),
                new XElement("value", value(key)));
            text.Append("  ").AppendLine(entry.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\n  ", StringComparison.Ordinal));
        }
        return text.ToString();
    }

    private static string FindWebRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Circles.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No src/Circles.Web above {AppContext.BaseDirectory}");
    }

    private static SourceScan ScanSources()
    {
        var root = WebRoot.Value;
        var keys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var indirect = new SortedSet<string>(StringComparer.Ordinal);
        static void Add(Dictionary<string, SortedSet<string>> into, string key, string file)
        {
            if (!into.TryGetValue(key, out var files))
            {
                into[key] = files = new SortedSet<string>(StringComparer.Ordinal);
            }
            files.Add(file);
        }

        var sources = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(segment => segment is "bin" or "obj" or "Migrations" or "node_modules"))
            .Order(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            var text = File.ReadAllText(Path.Combine(root, file));
            var (fileKeys, filePrefixes) = Extract(text);
            foreach (var key in fileKeys)
            {
                Add(keys, key, file);
            }
            foreach (var prefix in filePrefixes)
            {
                Add(prefixes, prefix, file);
            }
            foreach (var argument in ExtractIndirect(text))
            {
                indirect.Add($"{file}: {argument}");
            }
        }
        foreach (var lookup in IndirectLookups)
        {
            foreach (var key in lookup.Keys)
            {
                Add(keys, key, lookup.KeysFrom);
            }
        }
        return new SourceScan(
            keys.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value, StringComparer.Ordinal),
            prefixes.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value, StringComparer.Ordinal),
            indirect);
    }

    /// <summary>The arguments of lookups by a variable in one source file's text: "key" for <c>L[key]</c>.</summary>
    public static IReadOnlyList<string> ExtractIndirect(string text) =>
        [.. IndirectKey().Matches(text).Select(match => match.Groups["argument"].Value.Trim())];

    /// <summary>The string literals of one source file's text, unescaped.</summary>
    public static IReadOnlyList<string> StringLiterals(string text) =>
        [.. StringLiteral().Matches(text).Select(match => Unescape(match.Groups["key"].Value))];

    /// <summary>The static keys and the dynamic-key prefixes in one source file's text.</summary>
    public static (IReadOnlyList<string> Keys, IReadOnlyList<string> Prefixes) Extract(string text)
    {
        var keys = new List<string>();
        foreach (var pattern in (Regex[])[LocalizerKey(), ErrorMessage(), Description()])
        {
            keys.AddRange(pattern.Matches(text).Select(match => Unescape(match.Groups["key"].Value)));
        }
        foreach (Match display in DisplayAttribute().Matches(text))
        {
            keys.AddRange(DisplayText().Matches(display.Groups["args"].Value).Select(match => Unescape(match.Groups["key"].Value)));
        }
        // IdentityError descriptions: Failed("Code", "Description") in PasswordRules and the like,
        // where the description may be chosen with ?: (every literal after the code counts).
        foreach (Match call in FailedCall().Matches(text))
        {
            keys.AddRange(StringLiteral().Matches(call.Groups["rest"].Value).Select(literal => Unescape(literal.Groups["key"].Value)));
        }
        var prefixes = DynamicKey().Matches(text).Select(match => Unescape(match.Groups["prefix"].Value)).ToList();
        return (keys, prefixes);
    }

    private static string Unescape(string literal) => literal.Contains('\\', StringComparison.Ordinal) ? Regex.Unescape(literal) : literal;

    private sealed record SourceScan(
        IReadOnlyDictionary<string, IReadOnlySet<string>> Keys,
        IReadOnlyDictionary<string, IReadOnlySet<string>> Prefixes,
        IReadOnlySet<string> Indirect);

    private const string Literal = """
        "(?<key>(?:[^"\\\r\n]|\\.)*)"
        """;

    /// <summary>L["Text"] in views, l["Text"] in page models; not L["Prefix:" + value].</summary>
    [GeneratedRegex("""\b[Ll]\[\s*""" + Literal + """(?!\s*\+)""")]
    private static partial Regex LocalizerKey();

    /// <summary>L["Prefix:" + value] and L[$"Prefix:{value}"].</summary>
    [GeneratedRegex("""\b[Ll]\[\s*(?:"(?<prefix>(?:[^"\\\r\n]|\\.)*)"\s*\+|\$"(?<prefix>[^"{\r\n]*)\{)""")]
    private static partial Regex DynamicKey();

    /// <summary>L[key] and l[error.Description]: a lookup whose argument is not a string literal.</summary>
    [GeneratedRegex("""\b[Ll]\[\s*(?<argument>(?!["$@\s])[^\[\]"\r\n]+)\]""")]
    private static partial Regex IndirectKey();

    [GeneratedRegex("""\bErrorMessage\s*=\s*""" + Literal)]
    private static partial Regex ErrorMessage();

    /// <summary>The arguments of [Display(…)], string literals included (they may hold parentheses).</summary>
    [GeneratedRegex("""\bDisplay\s*\((?<args>(?:[^")]|"(?:[^"\\\r\n]|\\.)*")*)\)""")]
    private static partial Regex DisplayAttribute();

    /// <summary>Name = "…" and Prompt = "…" of a Display attribute (Description is found below), which MVC localizes.</summary>
    [GeneratedRegex("""\b(?:Name|Prompt)\s*=\s*""" + Literal)]
    private static partial Regex DisplayText();

    /// <summary>Description = "…" of an IdentityError or a Display attribute.</summary>
    [GeneratedRegex("""\bDescription\s*=\s*""" + Literal)]
    private static partial Regex Description();

    [GeneratedRegex("""\bFailed\(\s*"[^"]*"\s*,(?<rest>.*?)\);""", RegexOptions.Singleline)]
    private static partial Regex FailedCall();

    [GeneratedRegex(Literal)]
    private static partial Regex StringLiteral();

    [GeneratedRegex("""\{\d+(?:,\s*-?\d+)?(?::[^{}]*)?\}""")]
    private static partial Regex Placeholder();
}
