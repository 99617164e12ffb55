namespace Circles.Web.Features.FormatChanges;

/// <summary>What <c>_ChangeSummary.cshtml</c> shows of a change.</summary>
public sealed record ChangeSummary(
    DateOnly TookEffectOn, FormatChangeArea Area, string WhatChanged, GroupField? Field, string Before, string After,
    bool BecauseOfFeedback, string YouSaid, string WeChanged);
