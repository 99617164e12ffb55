namespace Circles.Web.Features.PrivateSpace;

public static class PrivateSpaceSetup
{
    /// <summary>The member's own data key for the journal and the safety plan (decision 0010).</summary>
    public static WebApplicationBuilder AddPrivateSpace(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PersonalKeys>();
        return builder;
    }
}
