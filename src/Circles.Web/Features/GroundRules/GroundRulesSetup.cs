namespace Circles.Web.Features.GroundRules;

public static class GroundRulesSetup
{
    /// <summary>A group's ground rules, read by the group's sessions and its members' home.</summary>
    public static WebApplicationBuilder AddGroundRules(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CurrentGroundRules>();
        return builder;
    }
}
