namespace Circles.Web.Features.People;

public static class PeopleSetup
{
    /// <summary>What coordinators do to accounts: closing one when someone leaves.</summary>
    public static WebApplicationBuilder AddPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountClosure>();
        return builder;
    }
}
