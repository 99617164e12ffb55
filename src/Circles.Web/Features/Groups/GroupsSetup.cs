using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Groups;

public static class GroupsSetup
{
    /// <summary>Joining, leaving and capacity of groups; who may see and manage one.</summary>
    public static WebApplicationBuilder AddGroups(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Memberships>();
        builder.Services.AddScoped<GroupViewers>();
        builder.Services.AddScoped<IAuthorizationHandler, GroupAccess>();
        return builder;
    }
}
