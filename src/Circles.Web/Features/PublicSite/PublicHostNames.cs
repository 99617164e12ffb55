using System.Text.RegularExpressions;

namespace Circles.Web.Features.PublicSite;

/// <summary>What the settings page accepts as an organization's public host name.</summary>
public static partial class PublicHostNames
{
    /// <summary>Trimmed and lower-cased; null for empty.</summary>
    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().TrimEnd('.').ToLowerInvariant();

    /// <summary>A DNS name of at least two labels, no scheme, port or path, and not the host Circles is served under.</summary>
    public static bool IsValid(string host, string currentHost) =>
        host.Length <= 253
        && HostName().IsMatch(host)
        && !string.Equals(host, currentHost, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex HostName();
}
