namespace Circles.Web.Features.Groups;

public static class GroupsSetup
{
    /// <summary>Joining, leaving and capacity of groups.</summary>
    public static WebApplicationBuilder AddGroups(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Memberships>();
        return builder;
    }
}
