namespace Circles.Web.Features.Campaigns;

public static class CampaignsSetup
{
    /// <summary>Awareness campaigns: the counts their progress is computed from, and the tasks due on the coordinator's home.</summary>
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CampaignQueries>();
        return builder;
    }
}
