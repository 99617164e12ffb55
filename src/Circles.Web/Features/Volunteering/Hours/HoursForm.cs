using System.Globalization;

namespace Circles.Web.Features.Volunteering;

/// <summary>What a volunteer types when logging hours. The hours are read as text, so "1.5" and "1,5" mean the same in every language.</summary>
public sealed class HoursForm
{
    public DateOnly? WorkedOn { get; set; }
    public string? Hours { get; set; }

    /// <summary>One of their assignments; empty for "other".</summary>
    public Guid? AssignmentId { get; set; }

    public string? Note { get; set; }
    public Guid Version { get; set; }

    /// <summary>Hours in quarter hours, when they are a whole number of quarters from 0.25 to 24.</summary>
    public static int? Quarters(string? hours)
    {
        var text = (hours ?? "").Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var quarters = value * 4;
        return quarters == decimal.Truncate(quarters) && quarters is >= 1 and <= 96 ? (int)quarters : null;
    }

    /// <summary>Problems, as (field, message key); <paramref name="today"/> is the latest day hours can be logged for.</summary>
    public IEnumerable<(string Field, string Message)> Problems(DateOnly today, IReadOnlyCollection<Guid> theirAssignments)
    {
        if (WorkedOn is null)
        {
            yield return ("Form.WorkedOn", "Give the day you worked.");
        }
        else if (WorkedOn > today)
        {
            yield return ("Form.WorkedOn", "The day cannot be in the future.");
        }
        if (Quarters(Hours) is null)
        {
            yield return ("Form.Hours", "Give the hours in quarter hours, from 0.25 to 24 (for example 1.5).");
        }
        if (AssignmentId is { } id && !theirAssignments.Contains(id))
        {
            yield return ("Form.AssignmentId", "Choose one of your assignments, or Other.");
        }
        if ((Note ?? "").Trim().Length > VolunteerHours.MaxNoteLength)
        {
            yield return ("Form.Note", "Use at most 500 characters.");
        }
    }
}
