using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Volunteering;

public static class VolunteeringSetup
{
    /// <summary>Requirements and their gate, volunteers' hours, and what the homes show of them.</summary>
    public static WebApplicationBuilder AddVolunteering(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequirementBoard>();
        builder.Services.AddScoped<RequirementGate>();
        builder.Services.AddScoped<VolunteerSummary>();
        builder.Services.AddScoped<IAuthorizationHandler, HoursAccess>();
        return builder;
    }
}
