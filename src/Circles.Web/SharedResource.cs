namespace Circles.Web;

/// <summary>
/// Marker for the shared string table in Resources/SharedResource.*.resx. Keys are the English
/// text itself, so English needs no file and a missing translation falls back to English.
/// </summary>
public sealed class SharedResource;
