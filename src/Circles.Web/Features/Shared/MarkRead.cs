namespace Circles.Web.Features.Shared;

/// <summary>
/// SEC-22: opening a discussion thread or a conversation changes nothing. Marking it read (and
/// so a read receipt) is a POST with anti-forgery: <c>wwwroot/js/mark-read.js</c> sends the page's
/// <c>form[data-mark-read]</c> once the page is shown, and without JavaScript the reader presses
/// its "Mark as read" button.
/// </summary>
public static class MarkRead
{
    public const string ScriptHeader = "X-Requested-With";
    public const string ScriptHeaderValue = "mark-read";

    /// <summary>The script wants no page back: the reader is already looking at it.</summary>
    public static bool FromScript(HttpRequest request) =>
        request.Headers[ScriptHeader] == ScriptHeaderValue;
}
