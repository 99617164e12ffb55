namespace Circles.Web;

/// <summary>
/// Marker for the shared string table in Resources/SharedResource.*.resx. Keys are the English
/// text itself, so English needs no entry and a missing translation falls back to English; only
/// keys built at run time ("Role:" + role) have English entries. See docs/localization.md.
/// </summary>
public sealed class SharedResource;
