using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Volunteering;

/// <summary>How pages word a requirement's standing, from <see cref="RequirementRule"/>.</summary>
public static class RequirementText
{
    public static string Status(IStringLocalizer l, RequirementRule.Standing standing) => l["RequirementStatus:" + standing.Status];

    /// <summary>The reminder: "Expired on …", or the nearest threshold reached ("Lapses within 30 days, on …"); empty when none is due.</summary>
    public static string Reminder(IStringLocalizer l, RequirementRule.Standing standing) => standing switch
    {
        { ReminderThreshold: 0, ExpiresOn: { } on } => l["Expired on {0}", l.Show(on)],
        { ReminderThreshold: { } days, ExpiresOn: { } on } => l["Lapses within {0} days, on {1}", days, l.Show(on)],
        _ => "",
    };
}
