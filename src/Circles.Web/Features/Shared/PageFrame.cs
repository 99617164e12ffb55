using Circles.Web.Data;

namespace Circles.Web.Features.Shared;

/// <summary>
/// What the layout needs from the organization: its discreet title and icon (SEC-6), where
/// quick exit goes (SEC-2), its crisis lines, and whether this is a demo.
/// </summary>
public sealed class PageFrame(CirclesDb db, CurrentOrganization organization, Organizations.OrganizationSnapshots snapshots, IConfiguration configuration)
{
    private FrameSettings? _settings;

    public bool IsDemo => configuration.GetValue<bool>("Demo:Enabled");

    public async Task<FrameSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_settings is not null)
        {
            return _settings;
        }
        var defaults = new FrameSettings(
            configuration["Discreet:Title"] ?? "Circles",
            Organizations.DiscreetIcons.Default,
            configuration["Discreet:ExitUrl"] ?? "https://www.bbc.co.uk/weather",
            []);
        if (!organization.IsSet)
        {
            return _settings = defaults;
        }
        var row = await snapshots.GetAsync(db, organization.Id, cancellationToken);
        return _settings = row is null
            ? defaults
            : new FrameSettings(row.DiscreetTitle, row.DiscreetIcon, row.ExitUrl, row.CrisisLines);
    }
}

public sealed record FrameSettings(string Title, string Icon, string ExitUrl, IReadOnlyList<string> CrisisLines);
