using Circles.Web.Security;

namespace Circles.Web.Features.Me;

/// <summary>
/// A member's contact choices as someone reaching out may see them: only the channels they
/// chose, and the phone number only when they chose a phone channel (SEC-7).
/// </summary>
public sealed record ContactPreferenceView(ContactChannels Channels, string? Phone, string SafeTimeWindow, string? CodeWord)
{
    public static readonly ContactPreferenceView InAppOnly = new(ContactChannels.InApp, null, "", null);

    public static ContactPreferenceView From(ContactPreference? preference, FieldProtector protector)
    {
        if (preference is null)
        {
            return InAppOnly;
        }
        var phoneChosen = preference.Channels.HasFlag(ContactChannels.PhoneCall) || preference.Channels.HasFlag(ContactChannels.TextMessage);
        return new ContactPreferenceView(
            preference.Channels,
            phoneChosen ? protector.Unprotect(FieldPurposes.ContactPhone, preference.ProtectedPhone) : null,
            preference.SafeTimeWindow,
            protector.Unprotect(FieldPurposes.ContactCodeWord, preference.ProtectedCodeWord));
    }

    /// <summary>Only the channels chosen for one need; the number only when a phone channel is among them (SEC-7).</summary>
    public ContactPreferenceView For(ContactChannels chosen) => this with
    {
        Channels = chosen,
        Phone = chosen.HasFlag(ContactChannels.PhoneCall) || chosen.HasFlag(ContactChannels.TextMessage) ? Phone : null,
    };

    public IEnumerable<ContactChannels> ChosenChannels =>
        Enum.GetValues<ContactChannels>().Where(c => c != ContactChannels.None && Channels.HasFlag(c));
}
