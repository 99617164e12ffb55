using Circles.Web.Features.Groups;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.FormatChanges;

/// <summary>The fields of a change; shared by the new and edit pages. What was typed is kept when a check fails.</summary>
public sealed class FormatChangeForm
{
    public DateOnly? TookEffectOn { get; set; }
    public FormatChangeArea Area { get; set; } = FormatChangeArea.Format;
    public string? WhatChanged { get; set; }
    public bool BecauseOfFeedback { get; set; }
    public string? YouSaid { get; set; }
    public string? WeChanged { get; set; }
    public Guid Version { get; set; }

    /// <summary>An automatic entry already says what changed ("Format: In person → Hybrid"), so its own words are optional.</summary>
    public void Validate(bool automatic, ModelStateDictionary modelState, IStringLocalizer l)
    {
        WhatChanged = Plain(WhatChanged);
        YouSaid = Plain(YouSaid);
        WeChanged = Plain(WeChanged);
        if (TookEffectOn is null)
        {
            modelState.AddModelError("Form.TookEffectOn", l["Give the day the change took effect."]);
        }
        if (!Enum.IsDefined(Area))
        {
            modelState.AddModelError("Form.Area", l["Choose what the change is about."]);
        }
        if (!automatic && WhatChanged.Length == 0)
        {
            modelState.AddModelError("Form.WhatChanged", l["Say what changed."]);
        }
        if (WhatChanged.Length > GroupFormatChange.TextLength)
        {
            modelState.AddModelError("Form.WhatChanged", l["Use at most {0} characters.", GroupFormatChange.TextLength]);
        }
        if (BecauseOfFeedback && YouSaid.Length == 0)
        {
            modelState.AddModelError("Form.YouSaid", l["Sum up what members said, or untick the feedback box."]);
        }
        if (BecauseOfFeedback && WeChanged.Length == 0)
        {
            modelState.AddModelError("Form.WeChanged", l["Say what the group changed, in words for its members."]);
        }
        if (YouSaid.Length > GroupFormatChange.TextLength)
        {
            modelState.AddModelError("Form.YouSaid", l["Use at most {0} characters.", GroupFormatChange.TextLength]);
        }
        if (WeChanged.Length > GroupFormatChange.TextLength)
        {
            modelState.AddModelError("Form.WeChanged", l["Use at most {0} characters.", GroupFormatChange.TextLength]);
        }
    }

    public static FormatChangeForm From(GroupFormatChange change) => new()
    {
        TookEffectOn = change.TookEffectOn,
        Area = change.Area,
        WhatChanged = change.WhatChanged,
        BecauseOfFeedback = change.BecauseOfFeedback,
        YouSaid = change.YouSaid,
        WeChanged = change.WeChanged,
        Version = change.Version,
    };

    public void ApplyTo(GroupFormatChange change)
    {
        change.TookEffectOn = TookEffectOn!.Value;
        change.Area = Area;
        change.WhatChanged = WhatChanged ?? "";
        change.BecauseOfFeedback = BecauseOfFeedback;
        // Unticking "because of feedback" takes the lines off the members' page; they are not kept hidden.
        change.YouSaid = BecauseOfFeedback ? YouSaid ?? "" : "";
        change.WeChanged = BecauseOfFeedback ? WeChanged ?? "" : "";
    }

    /// <summary>Plain text on one line: trimmed, line breaks and other control characters become spaces.</summary>
    private static string Plain(string? value) =>
        new string([.. (value ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
}

/// <summary>What the fields partial needs: the form, and for an automatic entry its line.</summary>
public sealed record FormatChangeFields(FormatChangeForm Form, string? AutomaticLine, string TimeZone);
