using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Me;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Peers;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.SafetyPlan;
using Circles.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Circles.Web.Features.MyData;

/// <summary>Whether the journal and safety plan could be opened for the download.</summary>
public enum PrivateSpaceInExport
{
    /// <summary>The person's own key was open: journal and plan are in the download, readable.</summary>
    Opened,

    /// <summary>They never used the private space: there is nothing sealed to open.</summary>
    NoKey,

    /// <summary>Their key was wrapped with an earlier password (after a reset): only that password opens it.</summary>
    WrappedWithEarlierPassword,
}

/// <summary>Everything Circles holds about one person, ready to be written as JSON or HTML.</summary>
public sealed record PersonalData(
    DateTime MadeAt,
    string Pseudonym,
    PrivateSpaceInExport PrivateSpace,
    IReadOnlyList<PersonalDataSection> Sections);

/// <summary>One table's rows: field name → value (text, number, true/false, or null).</summary>
public sealed record PersonalDataSection(string Key, string Title, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>
/// Gathers everything Circles holds about one person (issue 6 "My data", SEC-37): one query per
/// table of <see cref="PersonalDataSections.All"/>, then one for the pseudonyms of the other
/// people named and one for role names, whatever the amount of data (no query per row).
/// Fields encrypted with <see cref="FieldProtector"/> are decrypted; the journal and safety
/// plan are opened with the person's own key when it is given. Other people appear only by
/// pseudonym; secrets (hashes, wrapped keys, concurrency stamps) are left out.
/// </summary>
public sealed class PersonalDataExport(CirclesDb db, FieldProtector protector, TimeProvider clock)
{
    /// <summary>The tables the download covers (what the completeness test checks against the model).</summary>
    public static IReadOnlySet<Type> CoveredEntityTypes => PersonalDataSections.CoveredEntityTypes;

    /// <summary>Where "you" stands for the person themselves in the download.</summary>
    public const string You = "you";

    /// <summary>FieldProtector purposes of the encrypted columns, by table and column.</summary>
    internal static readonly IReadOnlyDictionary<(Type, string), string> ProtectedPurposes = new Dictionary<(Type, string), string>
    {
        [(typeof(ContactPreference), nameof(ContactPreference.ProtectedPhone))] = FieldPurposes.ContactPhone,
        [(typeof(ContactPreference), nameof(ContactPreference.ProtectedCodeWord))] = FieldPurposes.ContactCodeWord,
        [(typeof(ContactPreference), nameof(ContactPreference.ProtectedEmail))] = FieldPurposes.ContactEmail,
        [(typeof(Need), nameof(Need.ProtectedDescription))] = FieldPurposes.NeedDescription,
        [(typeof(ReferralUpdate), nameof(ReferralUpdate.ProtectedNote))] = FieldPurposes.ReferralNote,
        [(typeof(Consent), nameof(Consent.ProtectedOverrideReason))] = FieldPurposes.ConsentOverrideReason,
        [(typeof(DirectMessage), nameof(DirectMessage.ProtectedBody))] = FieldPurposes.DirectMessageBody,
        [(typeof(DiscussionThread), nameof(DiscussionThread.ProtectedTitle))] = FieldPurposes.DiscussionTitle,
        [(typeof(DiscussionPost), nameof(DiscussionPost.ProtectedBody))] = FieldPurposes.DiscussionPostBody,
        [(typeof(DiscussionPost), nameof(DiscussionPost.ProtectedContentWarning))] = FieldPurposes.DiscussionContentWarning,
        [(typeof(SupervisionCheckIn), nameof(SupervisionCheckIn.ProtectedNote))] = FieldPurposes.SupervisionNote,
        [(typeof(OutgoingEmail), nameof(OutgoingEmail.ProtectedAddress))] = FieldPurposes.OutgoingEmailAddress,
        [(typeof(Features.Volunteers.VolunteerApplication), nameof(Features.Volunteers.VolunteerApplication.ProtectedContact))] = FieldPurposes.VolunteerContact,
        [(typeof(Features.Volunteers.VolunteerApplication), nameof(Features.Volunteers.VolunteerApplication.ProtectedMotivation))] = FieldPurposes.VolunteerMotivation,
        [(typeof(Features.Volunteers.VolunteerApplication), nameof(Features.Volunteers.VolunteerApplication.ProtectedWorries))] = FieldPurposes.VolunteerWorries,
        [(typeof(Features.Stories.StoryVersion), nameof(Features.Stories.StoryVersion.ProtectedTitle))] = FieldPurposes.StoryTitle,
        [(typeof(Features.Stories.StoryVersion), nameof(Features.Stories.StoryVersion.ProtectedText))] = FieldPurposes.StoryText,
        [(typeof(Features.Stories.StoryVersion), nameof(Features.Stories.StoryVersion.ProtectedNote))] = FieldPurposes.StoryReviewNote,
    };

    /// <summary>PersonalCipher purposes of the columns sealed with the person's own key.</summary>
    internal static readonly IReadOnlyDictionary<(Type, string), string> SealedPurposes = new Dictionary<(Type, string), string>
    {
        [(typeof(JournalEntry), nameof(JournalEntry.SealedText))] = PersonalPurposes.JournalText,
        [(typeof(JournalEntry), nameof(JournalEntry.SealedMood))] = PersonalPurposes.JournalMood,
        [(typeof(Features.Stories.Story), nameof(Features.Stories.Story.SealedDraft))] = PersonalPurposes.StoryDraft,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedWarningSigns))] = PersonalPurposes.SafetyPlanWarningSigns,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedCopingSteps))] = PersonalPurposes.SafetyPlanCopingSteps,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedPeopleAndPlaces))] = PersonalPurposes.SafetyPlanPeopleAndPlaces,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedTrustedContacts))] = PersonalPurposes.SafetyPlanTrustedContacts,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedCrisisLines))] = PersonalPurposes.SafetyPlanCrisisLines,
        [(typeof(PersonalSafetyPlan), nameof(PersonalSafetyPlan.SealedReasons))] = PersonalPurposes.SafetyPlanReasons,
    };

    /// <summary>Columns that are never exported: secrets and bookkeeping that say nothing about the person.</summary>
    private static readonly HashSet<string> NeverExported = new(StringComparer.Ordinal)
    {
        "OrganizationId", "Version", "ConcurrencyStamp", "SecurityStamp", "PasswordHash", "NormalizedUserName", "NormalizedEmail",
    };

    private static readonly string[] SecretWords = ["Hash", "Salt", "Wrapped", "Secret", "Token"];

    /// <summary>True when a column is a reference to a person (by foreign key to the users table, or by name).</summary>
    public static bool IsPersonReference(IProperty property) =>
        (property.ClrType == typeof(Guid) || property.ClrType == typeof(Guid?))
        && (property.Name.EndsWith("UserId", StringComparison.Ordinal)
            || property.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(CirclesUser)));

    /// <summary>True when a column is never exported (a secret or bookkeeping).</summary>
    public static bool IsNeverExported(IProperty property) =>
        NeverExported.Contains(property.Name)
        || property.ClrType == typeof(byte[])
        || SecretWords.Any(word => property.Name.Contains(word, StringComparison.Ordinal));

    /// <summary>
    /// Reads everything about <paramref name="userId"/>. <paramref name="personalKey"/> is their
    /// own data key when open (null otherwise: the journal and plan then stay sealed and are shown
    /// as such, with <paramref name="privateSpace"/> saying why).
    /// </summary>
    public async Task<PersonalData> BuildAsync(
        Guid userId, string pseudonym, byte[]? personalKey, PrivateSpaceInExport privateSpace,
        Func<ExportSection, string> titleOf, CancellationToken cancellationToken)
    {
        var loaded = new List<(ExportSection Section, List<object> Rows)>();
        foreach (var section in PersonalDataSections.All)
        {
            loaded.Add((section, await section.LoadAsync(db, userId, cancellationToken)));
        }

        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);

        var converted = loaded
            .Select(l => (l.Section, Rows: l.Rows.Select(row => Fields(l.Section, row, userId, personalKey)).ToList()))
            .ToList();

        var others = converted
            .SelectMany(c => c.Rows).SelectMany(r => r.Values).OfType<PersonRef>().Select(p => p.Id).Distinct().ToList();
        var pseudonyms = others.Count == 0
            ? []
            : await db.Users.Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", cancellationToken);

        var sections = converted.Select(c => new PersonalDataSection(
            c.Section.Key,
            titleOf(c.Section),
            c.Rows.Select(row => (IReadOnlyDictionary<string, object?>)row.ToDictionary(
                f => f.Key,
                f => f.Value switch
                {
                    PersonRef p => pseudonyms.GetValueOrDefault(p.Id, "(someone no longer in Circles)"),
                    RoleRef r => roleNames.GetValueOrDefault(r.Id, ""),
                    var value => value,
                })).ToList())).ToList();

        return new PersonalData(clock.GetUtcNow().UtcDateTime, pseudonym, privateSpace, sections);
    }

    private readonly record struct PersonRef(Guid Id);

    private readonly record struct RoleRef(Guid Id);

    private Dictionary<string, object?> Fields(ExportSection section, object row, Guid userId, byte[]? personalKey)
    {
        var entityType = db.Model.FindEntityType(section.EntityType)
            ?? throw new InvalidOperationException($"{section.EntityType.Name} is not in the model.");
        var declared = section.EntityType.GetProperties().Select(p => p.Name).ToList();
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entityType.GetProperties().OrderBy(p => declared.IndexOf(p.Name) is var i && i < 0 ? int.MaxValue : i))
        {
            if (IsNeverExported(property) || section.Omit.Contains(property.Name) || property.PropertyInfo is not PropertyInfo info)
            {
                continue;
            }
            var value = info.GetValue(row);
            var name = property.Name;
            if (ProtectedPurposes.TryGetValue((section.EntityType, name), out var purpose))
            {
                fields[name["Protected".Length..]] = protector.Unprotect(purpose, value as string);
            }
            else if (SealedPurposes.TryGetValue((section.EntityType, name), out var sealedPurpose))
            {
                fields[name["Sealed".Length..]] = Open(personalKey, sealedPurpose, RowId(row), value as string);
            }
            else if (name.StartsWith("Protected", StringComparison.Ordinal) || name.StartsWith("Sealed", StringComparison.Ordinal))
            {
                // An encrypted column nobody has told the export about: never write ciphertext (a test catches this).
                continue;
            }
            else if (section.EntityType == typeof(IdentityUserRole<Guid>) && name == nameof(IdentityUserRole<Guid>.RoleId))
            {
                fields["Role"] = new RoleRef((Guid)value!);
            }
            else if (IsPersonReference(property))
            {
                var label = name.EndsWith("UserId", StringComparison.Ordinal) ? name[..^"UserId".Length] : name;
                fields[label.Length == 0 ? "Person" : label] = value is Guid id ? (id == userId ? You : new PersonRef(id)) : null;
            }
            else
            {
                fields[name] = Plain(value);
            }
        }
        return fields;
    }

    private static Guid RowId(object row) =>
        row.GetType().GetProperty("Id")?.GetValue(row) is Guid id ? id : Guid.Empty;

    private static string? Open(byte[]? key, string purpose, Guid rowId, string? sealedValue)
    {
        if (key is null || sealedValue is null)
        {
            return null;
        }
        try
        {
            return PersonalCipher.Open(key, purpose, rowId, sealedValue);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A value as JSON can carry it: times in ISO 8601 UTC, names for enums, ids as text.</summary>
    private static object? Plain(object? value) => value switch
    {
        null => null,
        DateTime d => DateTime.SpecifyKind(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d, DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        string or bool or int or long or short or byte or double or float or decimal => value,
        // A list kept on the row (a peer supporter's languages): its items, not the list type's name.
        IEnumerable<string> items => items.ToArray(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
